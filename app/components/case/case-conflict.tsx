import { Button } from "#app/components/ui/button.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { CASE_TEXT_FIELDS } from "#app/domain/case-fields.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import type { CaseConflict } from "./case-view.ts";

/** The version a colleague saved first, beside the editor's own text, and the choice to keep one's own. */
export function CaseConflictNotice({ conflict }: { conflict: CaseConflict }) {
  const { t } = useTranslation();
  return (
    <Section
      title={t("case.conflict.theirs", { time: conflict.savedAt, name: conflict.updatedByName ?? "–" })}
      className="rounded-md border border-red-700 p-4"
    >
      <dl className="mb-4 flex flex-col gap-2">
        {CASE_TEXT_FIELDS.map(({ name, label }) => (
          <div key={name}>
            <dt className="font-medium">{t(label)}</dt>
            <dd className="whitespace-pre-wrap rounded bg-gray-50 p-2">{conflict.texts[name]}</dd>
          </div>
        ))}
      </dl>
      <input type="hidden" name="overwriteVersion" value={conflict.version} />
      <Button name="intent" value="overwrite" variant="secondary">
        {t("case.conflict.keepMine")}
      </Button>
    </Section>
  );
}
