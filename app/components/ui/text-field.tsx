import { getInputProps, type FieldMetadata } from "@conform-to/react";
import type { HTMLInputTypeAttribute } from "react";
import { FieldErrors } from "./field-errors.tsx";

type TextFieldProps<Value extends string | number> = {
  // Numbers travel as text in a form, so number fields use this control too.
  field: FieldMetadata<Value>;
  label: string;
  hint?: string;
  type?: Extract<HTMLInputTypeAttribute, "text" | "email" | "password" | "tel" | "url" | "number" | "datetime-local">;
  autoComplete?: string;
  inputMode?: "numeric" | "text" | "email";
};

/** Label, control, hint and errors wired together so screen readers announce all of them. */
export function TextField<Value extends string | number>({
  field,
  label,
  hint,
  type = "text",
  autoComplete,
  inputMode,
}: TextFieldProps<Value>) {
  const hintId = `${field.id}-hint`;
  const inputProps = getInputProps(field, { type, ariaDescribedBy: hint ? hintId : undefined });
  const errors = field.errors ?? [];
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={field.id} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      <input
        {...inputProps}
        key={inputProps.key}
        autoComplete={autoComplete}
        inputMode={inputMode}
        className={`rounded-md border px-3 py-2 text-base ${errors.length ? "border-red-700" : "border-gray-400"}`}
      />
      <FieldErrors id={field.errorId} errors={errors} />
    </div>
  );
}
