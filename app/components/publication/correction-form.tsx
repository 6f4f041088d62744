import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { FormError } from "#app/components/ui/form-error.tsx";
import { reasoningField } from "#app/forms/publication-fields.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { PlainField, type LastResult } from "./plain-field.tsx";
import { ShowAgreementBox } from "./show-agreement-box.tsx";

type PlacedCase = { caseId: number; reference: string; title: string; organisation: string; winner: boolean };
export type CorrectableCategory = {
  categoryId: number;
  name: string;
  reasoning: string | null;
  placed: PlacedCase[];
};

/** The chair's correction: the reason, one placed case to withdraw, and the winners' reasonings. */
export function CorrectionForm({
  competitionId,
  stage,
  categories,
  showAgreement,
  lastResult,
}: {
  competitionId: number;
  stage: "finalists" | "winners";
  categories: CorrectableCategory[];
  /** The current version's choice to show the jury's agreement publicly. */
  showAgreement: boolean;
  lastResult: LastResult;
}) {
  const { t } = useTranslation();
  const formId = "correct";
  const resultKey = JSON.stringify(lastResult?.initialValue ?? null);
  const chosen = lastResult?.initialValue?.withdrawCaseId ?? "";
  const withdrawErrors = lastResult?.error?.withdrawCaseId ?? null;
  return (
    <Form method="post" id={formId} key={resultKey} className="flex max-w-3xl flex-col gap-4">
      <FormError id={`${formId}-error`} errors={lastResult?.error?.[""] ?? undefined} />
      <input type="hidden" name="competitionId" value={competitionId} />
      <fieldset>
        <legend className="font-semibold">{t("correct.withdraw")}</legend>
        {withdrawErrors ? (
          <p role="alert" className="mb-2 text-red-800">
            {withdrawErrors.join(" ")}
          </p>
        ) : null}
        <label className="flex gap-2">
          <input type="radio" name="withdrawCaseId" value="" defaultChecked={chosen === ""} />
          {t("correct.withdrawNone")}
        </label>
        {categories.map((category) => (
          <div key={category.categoryId} className="mt-2">
            <p className="font-semibold">{category.name}</p>
            {category.placed.map((item) => (
              <label key={item.caseId} className="flex gap-2">
                <input
                  type="radio"
                  name="withdrawCaseId"
                  value={item.caseId}
                  defaultChecked={chosen === String(item.caseId)}
                />
                <span>
                  {item.reference} · {item.organisation} – {item.title}
                  {item.winner ? ` (${t("results.winner")})` : ""}
                </span>
              </label>
            ))}
          </div>
        ))}
      </fieldset>
      {stage === "winners"
        ? categories.map((category) => (
            <PlainField
              key={category.categoryId}
              formId={formId}
              name={reasoningField(category.categoryId)}
              label={t("publish.reasoningLabel", { category: category.name })}
              lastResult={lastResult}
              rows={4}
              defaultValue={category.reasoning ?? ""}
            />
          ))
        : null}
      <ShowAgreementBox
        formId={formId}
        lastResult={lastResult}
        current={showAgreement}
        hint={t("publishedConfidence.correctHint")}
      />
      <PlainField formId={formId} name="reason" label={t("correct.reason")} lastResult={lastResult} rows={3} />
      <Button className="self-start">{t("correct.submit")}</Button>
    </Form>
  );
}
