import { getSelectProps, type FieldMetadata } from "@conform-to/react";
import type { ChangeEvent } from "react";
import { controlClass, FieldShell } from "./field-shell.tsx";

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

export function SelectField(props: SelectFieldProps) {
  const { label, hint, options, emptyOption } = props;
  const { key, errors, errorId, ...selectProps } =
    "field" in props
      ? { ...getSelectProps(props.field), errors: props.field.errors, errorId: props.field.errorId }
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
  return (
    <FieldShell id={selectProps.id} errorId={errorId} label={label} hint={hint} errors={errors}>
      {(describedBy) => (
        <select
          {...selectProps}
          key={key}
          aria-describedby={describedBy}
          aria-invalid={errors?.length ? true : undefined}
          className={controlClass(errors)}
        >
          {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
