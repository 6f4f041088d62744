import { getTextareaProps, type FieldMetadata } from "@conform-to/react";
import { controlClass, FieldShell } from "./field-shell.tsx";

export function TextareaField({
  field,
  label,
  hint,
  rows,
}: {
  field: FieldMetadata<string>;
  label: string;
  hint?: string;
  rows: number;
}) {
  const { key, ...textareaProps } = getTextareaProps(field);
  return (
    <FieldShell id={field.id} errorId={field.errorId} label={label} hint={hint} errors={field.errors}>
      {(describedBy) => (
        <textarea
          {...textareaProps}
          key={key}
          rows={rows}
          aria-describedby={describedBy}
          className={controlClass(field.errors)}
        />
      )}
    </FieldShell>
  );
}
