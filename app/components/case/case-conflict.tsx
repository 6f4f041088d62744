import { Button } from "#app/components/ui/button.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { CASE_TEXT_FIELDS } from "#app/domain/case-fields.ts";
import type { CaseFieldName, CaseFields } from "#app/domain/cases.server.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import type { OpenConflict } from "./use-case-autosave.ts";

type Choices = {
  keepMine: (name: CaseFieldName) => void;
  takeTheirs: (name: CaseFieldName) => void;
  combine: (name: Exclude<CaseFieldName, "categoryId">) => void;
};

/**
 * The fields a colleague changed differently while this writer typed: both texts side by side and
 * a choice per field (the rest was merged and saved already). Without JavaScript, one button saves
 * the writer's text in these fields over the version shown.
 */
export function CaseConflictNotice({
  conflict,
  mine,
  version,
  categories,
  choices,
}: {
  conflict: OpenConflict;
  mine: CaseFields;
  version: number;
  categories: { id: number; name: string }[];
  choices: Choices;
}) {
  const { t } = useTranslation();
  const labelOf = (name: CaseFieldName) =>
    name === "categoryId" ? t("case.field.category") : t(CASE_TEXT_FIELDS.find((field) => field.name === name)!.label);
  const shown = (name: CaseFieldName, fields: CaseFields) =>
    name === "categoryId"
      ? (categories.find((category) => category.id === fields.categoryId)?.name ?? "")
      : fields[name];
  const theirsTitle = t("case.merge.theirs", { name: conflict.updatedByName ?? "–", time: conflict.savedAt });
  return (
    <div role="alert" className="flex flex-col gap-4 rounded-md border border-red-700 p-4" data-testid="case-conflict">
      {conflict.fields.map((name) => (
        <Section key={name} title={t("case.merge.field", { field: labelOf(name) })}>
          <div className="grid gap-3 md:grid-cols-2">
            <div>
              <p className="font-medium">{t("case.merge.mine")}</p>
              <p className="whitespace-pre-wrap rounded bg-gray-50 p-2">{shown(name, mine)}</p>
            </div>
            <div>
              <p className="font-medium">{theirsTitle}</p>
              <p className="whitespace-pre-wrap rounded bg-gray-50 p-2">{shown(name, conflict.theirs)}</p>
            </div>
          </div>
          <div className="mt-2 flex flex-wrap gap-3">
            <Button type="button" variant="secondary" onClick={() => choices.keepMine(name)}>
              {t("case.merge.keepMine")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => choices.takeTheirs(name)}>
              {t("case.merge.takeTheirs")}
            </Button>
            {name === "categoryId" ? null : (
              <Button type="button" variant="secondary" onClick={() => choices.combine(name)}>
                {t("case.merge.combine")}
              </Button>
            )}
          </div>
        </Section>
      ))}
      <input type="hidden" name="overwriteVersion" value={version} />
      <Button name="intent" value="overwrite" variant="link" className="self-start">
        {t("case.merge.saveMine")}
      </Button>
    </div>
  );
}
