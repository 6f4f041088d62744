import type { SubmissionResult } from "@conform-to/react";
import { controlClass, FieldShell } from "#app/components/ui/field-shell.tsx";

// Checked on the server only (there is nothing to check while typing), so the field shows the last
// submission's errors and values itself: Conform's client hooks would put the publish page over the
// JavaScript budget.

export type LastResult = SubmissionResult<string[]> | undefined;

export function PlainField({
  formId,
  name,
  label,
  hint,
  lastResult,
  rows,
  type = "number",
  defaultValue = "",
}: {
  formId: string;
  name: string;
  label: string;
  hint?: string;
  lastResult: LastResult;
  /** A textarea with this many rows; an input of `type` without. */
  rows?: number;
  type?: "number" | "datetime-local";
  defaultValue?: string;
}) {
  const id = `${formId}-${name}`;
  const errors = lastResult?.error?.[name] ?? null;
  const submitted = lastResult?.initialValue?.[name];
  const value = typeof submitted === "string" ? submitted : defaultValue;
  return (
    <FieldShell id={id} errorId={`${id}-error`} label={label} hint={hint} errors={errors}>
      {(describedBy) => {
        const shared = {
          id,
          name,
          defaultValue: value,
          "aria-invalid": errors?.length ? true : undefined,
          "aria-describedby": describedBy,
          className: controlClass(errors),
        };
        if (rows) return <textarea {...shared} rows={rows} />;
        return type === "number" ? (
          <input {...shared} type="number" inputMode="numeric" />
        ) : (
          <input {...shared} type={type} required />
        );
      }}
    </FieldShell>
  );
}
