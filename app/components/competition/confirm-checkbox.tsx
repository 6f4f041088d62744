import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { FieldErrors } from "#app/components/ui/field-errors.tsx";

/**
 * "Yes, I mean it" for a change with consequences (a deadline already passed, weights that move a
 * ranking). Shown once the form has said why it asks (the field's errors carry the reason), and
 * kept while ticked; a plain checkbox, so the second step works without JavaScript.
 */
export function ConfirmCheckbox({ field, label }: { field: FieldMetadata<string | undefined>; label: string }) {
  if (!field.errors?.length && field.value !== "on") return null;
  const { key, ...inputProps } = getInputProps(field, { type: "checkbox", value: "on" });
  return (
    <div className="flex flex-col gap-1 rounded-md border border-amber-600 bg-amber-50 p-3">
      <FieldErrors id={field.errorId} errors={field.errors} />
      <label className="flex items-start gap-2 font-medium">
        <input
          {...inputProps}
          key={key}
          aria-describedby={field.errors?.length ? field.errorId : undefined}
          className="mt-1 h-4 w-4"
        />
        <span>{label}</span>
      </label>
    </div>
  );
}
