import type { ReactNode } from "react";

/** The confirmation shown after something succeeded; screen readers announce it. */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="mb-4 rounded-md border border-brand-600 bg-brand-50 p-3">
      {children}
    </div>
  );
}
