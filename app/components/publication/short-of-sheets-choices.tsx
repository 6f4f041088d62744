import type { ShortCase } from "#app/domain/publication.ts";
import { includeField, includeReasonField } from "#app/forms/publication-fields.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { PlainField, type LastResult } from "./plain-field.tsx";
import { Standing } from "./short-of-sheets.tsx";

// Apart from the list, so the ranking page, which shows only the list, does not load the form.

/** In the finalists' prepare form: per case short of sheets, a box to include it and the reason why. */
export function ShortOfSheetsChoices({
  cases,
  formId,
  lastResult,
}: {
  cases: ShortCase[];
  formId: string;
  lastResult: LastResult;
}) {
  const { t } = useTranslation();
  if (cases.length === 0) return null;
  return (
    <fieldset className="rounded-md border border-amber-700 p-3" data-testid="short-of-sheets-choices">
      <legend className="px-1 font-semibold">{t("shortSheets.title")}</legend>
      <p className="mb-2 text-sm">{t("shortSheets.intro", { min: cases[0]!.minSheets })}</p>
      <ul className="flex flex-col gap-3">
        {cases.map((item) => {
          const box = includeField(item.caseId);
          return (
            <li key={item.caseId} className="flex flex-col gap-2">
              <div>
                <Standing item={item} />
              </div>
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name={box}
                  defaultChecked={lastResult?.initialValue?.[box] === "on"}
                  className="h-4 w-4"
                />
                {t("shortSheets.include")}
              </label>
              <PlainField
                formId={formId}
                name={includeReasonField(item.caseId)}
                label={t("shortSheets.reasonLabel", { reference: item.reference })}
                lastResult={lastResult}
                rows={2}
              />
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
