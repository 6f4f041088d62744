import type { ReactNode } from "react";
import { FieldErrors } from "./field-errors.tsx";

type FieldShellProps = {
  id: string;
  errorId: string;
  label: string;
  hint?: string;
  errors?: string[] | null;
  /** The control itself, given the ids its aria-describedby should name. */
  children: (describedBy: string | undefined) => ReactNode;
};

/**
 * Label, hint, control and errors wired together so screen readers announce all of them: the one
 * layout every form field shares.
 */
export function FieldShell({ id, errorId, label, hint, errors, children }: FieldShellProps) {
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {children(describedBy)}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

/** The border every control shares, red while it has errors. */
export function controlClass(errors?: string[] | null) {
  return `rounded-md border px-3 py-2 text-base ${errors?.length ? "border-red-700" : "border-gray-400"}`;
}
