import { getSelectProps, type FieldMetadata } from "@conform-to/react";
import type { ChangeEvent } from "react";
import { FieldErrors } from "./field-errors.tsx";

export type SelectOption = { value: string | number; label: string };

type ConformSelect = { field: FieldMetadata<string | number | undefined> };
/** A select outside a Conform form, such as a list filter submitted with GET. */
type PlainSelect = {
  id: string;
  name: string;
  defaultValue?: string | number;
  value?: string | number;
  onChange?: (event: ChangeEvent<HTMLSelectElement>) => void;
  errors?: string[];
};

type SelectFieldProps = {
  label: string;
  hint?: string;
  options: readonly SelectOption[];
  /** A first option with an empty value, e.g. "all categories" or "choose a juror". */
  emptyOption?: string;
} & (ConformSelect | PlainSelect);

/** Label, select, hint and errors wired together, like TextField. */
export function SelectField(props: SelectFieldProps) {
  const { label, hint, options, emptyOption } = props;
  const control =
    "field" in props
      ? {
          ...getSelectProps(props.field),
          key: props.field.key,
          errors: props.field.errors,
          errorId: props.field.errorId,
        }
      : {
          id: props.id,
          name: props.name,
          defaultValue: props.defaultValue,
          value: props.value,
          onChange: props.onChange,
          key: undefined,
          errors: props.errors,
          errorId: `${props.id}-error`,
        };
  const { key, errors, errorId, ...selectProps } = control;
  const hintId = `${selectProps.id}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={selectProps.id} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      <select
        {...selectProps}
        key={key}
        aria-describedby={describedBy}
        aria-invalid={errors?.length ? true : undefined}
        className={`rounded-md border px-3 py-2 ${errors?.length ? "border-red-700" : "border-gray-400"}`}
      >
        {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
