import type { ReactNode } from "react";

/** narrow for entrants' and jurors' forms; wide for the chair's long tables, which use the whole window. */
export function Page({
  title,
  children,
  narrow = false,
  wide = false,
}: {
  title: string;
  children: ReactNode;
  narrow?: boolean;
  wide?: boolean;
}) {
  return (
    <div className={`mx-auto px-4 py-8 ${narrow ? "max-w-md" : wide ? "max-w-none" : "max-w-4xl"}`}>
      <h1 className="mb-6 text-3xl font-bold text-brand-900">{title}</h1>
      {children}
    </div>
  );
}
