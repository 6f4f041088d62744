import { FieldErrors } from "#app/components/ui/field-errors.tsx";
import { useTranslation } from "#app/i18n/use-translation.ts";

type CaseTextFieldProps = {
  name: string;
  label: string;
  hint: string;
  value: string;
  max: number;
  errors?: string[] | null;
  multiline: boolean;
  rows?: number;
  onChange: (value: string) => void;
};

/** A case field with its guidance, a live character count against the limit, and its errors. */
export function CaseTextField({
  name,
  label,
  hint,
  value,
  max,
  errors,
  multiline,
  rows = 8,
  onChange,
}: CaseTextFieldProps) {
  const { t } = useTranslation();
  const id = `case-${name}`;
  const length = [...value].length;
  const over = length - max;
  const describedBy = [
    `${id}-hint`,
    `${id}-count`,
    over > 0 ? `${id}-over` : null,
    errors?.length ? `${id}-error` : null,
  ]
    .filter(Boolean)
    .join(" ");
  const common = {
    id,
    name,
    value,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": describedBy,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    className: `w-full rounded-md border px-3 py-2 text-base ${errors?.length || over > 0 ? "border-red-700" : "border-gray-400"}`,
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-lg font-semibold">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-ink-muted">
        {hint}
      </p>
      {multiline ? <textarea {...common} rows={rows} /> : <input type="text" {...common} />}
      <p
        id={`${id}-count`}
        className={`text-right text-sm ${over > 0 ? "font-semibold text-red-700" : "text-ink-muted"}`}
      >
        {over > 0 ? t("case.charCountOver", { count: length, max, over }) : t("case.charCount", { count: length, max })}
      </p>
      {over > 0 ? (
        <p id={`${id}-over`} className="text-right text-sm font-semibold text-red-700" data-testid={`${id}-over`}>
          {t("case.field.overLimitFlag")}
        </p>
      ) : null}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
