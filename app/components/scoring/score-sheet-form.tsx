import { Form } from "@remix-run/react";
import { useState } from "react";
import { Button } from "#app/components/ui/button.tsx";
import { FieldErrors } from "#app/components/ui/field-errors.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { sheetTotal } from "#app/domain/scoring.ts";
import { JUDGING_STEPS } from "#app/domain/steps.ts";
import { formatScore } from "#app/i18n/format.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { readSheet, scoresOf, type JurorScoring, type SheetValues } from "./sheet-values.ts";

const SHEET_FORM_ID = "score-sheet";
const SHEET_FIELD_ORDER = [...JUDGING_STEPS.flatMap((step) => [step.scoreField, step.commentField]), "overallComment"];

/** One fieldset per judging step (its guidance, the score scale, a comment), the overall comment and the total. */
export function ScoreSheetForm({
  scoring,
  initial,
  editable,
  errors,
  onChange,
}: {
  scoring: JurorScoring;
  initial: SheetValues;
  editable: boolean;
  errors: Record<string, string[] | null | undefined>;
  onChange: (values: SheetValues) => void;
}) {
  const { t, locale } = useTranslation();
  const [values, setValues] = useState(initial);
  const total = sheetTotal(scoresOf(values), scoring.weights);
  // A declared conflict's reason has its own form, with its own summary, further down.
  const sheetErrors = Object.fromEntries(Object.entries(errors).filter(([name]) => name !== "reason"));
  return (
    <Form
      id={SHEET_FORM_ID}
      method="post"
      className="flex flex-col gap-5"
      onChange={(event) => {
        const current = readSheet(event.currentTarget);
        setValues(current);
        onChange(current);
      }}
    >
      <ErrorSummary
        formId={SHEET_FORM_ID}
        id="sheet-error"
        errors={sheetErrors}
        fieldId={(name) => name}
        order={SHEET_FIELD_ORDER}
      />
      {JUDGING_STEPS.map((step) => (
        <fieldset
          key={step.key}
          className="rounded-md border border-gray-300 p-4"
          disabled={!editable}
          aria-describedby={`${step.key}-guidance`}
        >
          <legend className="px-1 font-semibold">
            {t(step.messages.name)} · {t("jury.sheet.weight", { percent: scoring.percentages[step.key] })}
          </legend>
          <p id={`${step.key}-guidance`} className="mb-3 text-sm text-ink-muted">
            {t(step.messages.guidance)}
          </p>
          <div
            role="radiogroup"
            aria-label={`${t(step.messages.name)}: ${t("jury.sheet.score")}`}
            className="mb-3 flex flex-wrap gap-2"
          >
            {scoring.scale.map((score, index) => (
              <label
                key={score}
                className="flex cursor-pointer items-center gap-1 rounded border border-gray-300 px-2 py-1 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
              >
                <input
                  // The first choice carries the field's id, for the error summary's link.
                  id={index === 0 ? step.scoreField : undefined}
                  type="radio"
                  name={step.scoreField}
                  value={score}
                  defaultChecked={initial[step.scoreField] === String(score)}
                />
                {score}
              </label>
            ))}
          </div>
          <FieldErrors id={`${step.scoreField}-error`} errors={errors[step.scoreField]} />
          <label htmlFor={step.commentField} className="font-medium">
            {t("jury.sheet.comment")}
          </label>
          <textarea
            id={step.commentField}
            name={step.commentField}
            rows={3}
            defaultValue={initial[step.commentField]}
            className="w-full rounded-md border border-gray-400 px-3 py-2"
          />
          <FieldErrors id={`${step.commentField}-error`} errors={errors[step.commentField]} />
        </fieldset>
      ))}
      <div className="flex flex-col gap-1">
        <label htmlFor="overallComment" className="font-semibold">
          {t("jury.sheet.overall")}
        </label>
        <textarea
          id="overallComment"
          name="overallComment"
          rows={4}
          defaultValue={initial.overallComment}
          disabled={!editable}
          className="rounded-md border border-gray-400 px-3 py-2"
        />
      </div>
      <p className="font-semibold" data-testid="weighted-total" aria-live="polite">
        {total === null ? t("jury.sheet.totalMissing") : t("jury.sheet.total", { total: formatScore(total, locale) })}
      </p>
      {editable ? (
        <div className="flex flex-wrap gap-3">
          <Button name="intent" value="save-draft" variant="secondary">
            {t("jury.sheet.saveDraft")}
          </Button>
          <Button name="intent" value="finalise">
            {t("jury.sheet.finalise")}
          </Button>
        </div>
      ) : null}
    </Form>
  );
}
