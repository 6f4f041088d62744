import type { FieldMetadata } from "@conform-to/react";
import { TextareaField } from "#app/components/ui/textarea-field.tsx";
import { TIE_FIELDS } from "#app/forms/tie-forms.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

type TieFieldsMeta = Record<(typeof TIE_FIELDS)[number]["name"], FieldMetadata<string>>;

/**
 * The three lists of a juror's ties, one organisation per line; a bad line is named by its number
 * under its list, and everything typed stays. Plain textareas, so they work without JavaScript.
 */
export function TieFields({ fields }: { fields: TieFieldsMeta }) {
  const { t } = useTranslation();
  return (
    <>
      {TIE_FIELDS.map((tieField) => (
        <TextareaField
          key={tieField.name}
          field={fields[tieField.name]}
          label={t(tieField.label)}
          hint={t("ties.hint")}
          rows={3}
        />
      ))}
    </>
  );
}
