import { useId, type ReactNode } from "react";

type SectionProps = {
  title: ReactNode;
  children: ReactNode;
  /** Text or controls shown beside the heading, such as a count or an export link. */
  aside?: ReactNode;
  className?: string;
};

/** A titled part of a page: one heading size for every h2, and the section named by its heading. */
export function Section({ title, children, aside, className = "mb-10" }: SectionProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={className}>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-xl font-semibold text-brand-900">
          {title}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  );
}
