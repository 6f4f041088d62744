import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import type { PublicationStage, ShortCase } from "#app/domain/publication.ts";
import { reasoningField, shownWinnersField, STAGE_INTENTS } from "#app/forms/publication-fields.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { PlainField, type LastResult } from "./plain-field.tsx";
import { ShortOfSheetsChoices } from "./short-of-sheets-choices.tsx";
import { ShowAgreementBox } from "./show-agreement-box.tsx";

/** Who would win a category now, named beside its reasoning field. */
export type CategoryWinners = {
  categoryId: number;
  winners: { caseId: number; title: string; organisationName: string }[];
};

export function PrepareForm({
  stage,
  competitionId,
  categories,
  winners,
  shortOfSheets,
  lastResult,
}: {
  stage: PublicationStage;
  competitionId: number;
  categories: { id: number; name: string }[];
  /** Null until the winners can be prepared. */
  winners: CategoryWinners[] | null;
  /** The cases short of sheets as the ranking stands, each with its own choice to include it. */
  shortOfSheets: ShortCase[];
  lastResult: LastResult;
}) {
  const { t } = useTranslation();
  const formId = STAGE_INTENTS.prepare[stage];
  // A new result remounts the fields, so values the server sent back replace what was shown.
  const resultKey = JSON.stringify(lastResult?.initialValue ?? null);
  // Each reasoning field names the winner it is written for (a shared first place names them all),
  // so a reasoning cannot go to the wrong company unseen.
  const winnersLabel = (categoryId: number) => {
    const named = (winners?.find((item) => item.categoryId === categoryId)?.winners ?? []).map((item) =>
      t("winners.case", { title: item.title, company: item.organisationName }),
    );
    if (named.length === 0) return t("winners.none");
    return named.reduce((first, second) => t("winners.and", { first, second }));
  };
  const shownIds = (categoryId: number) =>
    (winners?.find((item) => item.categoryId === categoryId)?.winners ?? []).map((item) => item.caseId).join(",");
  return (
    <Form method="post" id={formId} key={resultKey} className="mb-4 flex flex-col gap-3">
      <input type="hidden" name="competitionId" value={competitionId} />
      {stage === "finalists" ? (
        <>
          <div className="w-48">
            <PlainField
              formId={formId}
              name="finalistCount"
              label={t("publish.finalistCountLabel")}
              lastResult={lastResult}
              defaultValue="3"
            />
          </div>
          <ShortOfSheetsChoices cases={shortOfSheets} formId={formId} lastResult={lastResult} />
        </>
      ) : (
        categories.map((category) => (
          <div key={category.id} data-testid="reasoning-field">
            {winners ? (
              <input type="hidden" name={shownWinnersField(category.id)} value={shownIds(category.id)} />
            ) : null}
            <PlainField
              formId={formId}
              name={reasoningField(category.id)}
              label={t("winners.reasoningLabel", { category: category.name, winners: winnersLabel(category.id) })}
              lastResult={lastResult}
              rows={4}
            />
          </div>
        ))
      )}
      {/* The finalists' short cases are each let in by name above; this covers the final round's sheets. */}
      {stage === "winners" ? (
        <PlainField
          formId={formId}
          name="overrideReason"
          label={t("publish.overrideLabel")}
          hint={t("publish.overrideHint")}
          lastResult={lastResult}
          rows={2}
        />
      ) : null}
      <ShowAgreementBox formId={formId} lastResult={lastResult} hint={t("publishedConfidence.showHint")} />
      <Button name="intent" value={formId} variant="secondary" className="self-start">
        {t("publish.prepare")}
      </Button>
    </Form>
  );
}
