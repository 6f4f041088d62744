import type { ReactNode } from "react";

export function Page({ title, children, narrow = false }: { title: string; children: ReactNode; narrow?: boolean }) {
  return (
    <div className={`mx-auto px-4 py-8 ${narrow ? "max-w-md" : "max-w-4xl"}`}>
      <h1 className="mb-6 text-3xl font-bold text-brand-900">{title}</h1>
      {children}
    </div>
  );
}
