import { getInputProps, type FieldMetadata } from "@conform-to/react";
import type { HTMLInputTypeAttribute } from "react";
import { controlClass, FieldShell } from "./field-shell.tsx";

type TextFieldProps<Value extends string | number> = {
  // Numbers travel as text in a form, so number fields use this control too.
  field: FieldMetadata<Value>;
  label: string;
  hint?: string;
  type?: Extract<HTMLInputTypeAttribute, "text" | "email" | "password" | "tel" | "url" | "number" | "datetime-local">;
  autoComplete?: string;
  inputMode?: "numeric" | "text" | "email";
  /** Shown and sent with the form, but not to be changed (what a publication rests on). */
  readOnly?: boolean;
};

export function TextField<Value extends string | number>({
  field,
  label,
  hint,
  type = "text",
  autoComplete,
  inputMode,
  readOnly,
}: TextFieldProps<Value>) {
  const { key, ...inputProps } = getInputProps(field, { type });
  return (
    <FieldShell id={field.id} errorId={field.errorId} label={label} hint={hint} errors={field.errors}>
      {(describedBy) => (
        <input
          {...inputProps}
          key={key}
          aria-describedby={describedBy}
          autoComplete={autoComplete}
          inputMode={inputMode}
          readOnly={readOnly}
          className={`${controlClass(field.errors)}${readOnly ? " bg-gray-100" : ""}`}
        />
      )}
    </FieldShell>
  );
}
