import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import type { StepWeightField } from "#app/domain/steps.ts";
import { createCompetitionSchema } from "#app/forms/competition-forms.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { CompetitionDatesFields } from "./competition-dates-fields.tsx";
import { storedDeadlines, type StoredDeadlines } from "./stored-deadlines.ts";
import { WeightsFieldset } from "./weights-fieldset.tsx";

export type CompetitionFormValues = {
  year: string;
  name: string;
  submissionOpensAt: string;
  submissionDeadlineAt: string;
  scoringDeadlineAt: string;
  confirmDeadlines?: string;
  scaleMin: string;
  scaleMax: string;
  minScoreSheets: string;
} & Record<StepWeightField, string>;

/**
 * One form for creating and editing a competition; all times are typed as Oslo time. `stored` are
 * the deadlines already saved (editing), which ask no confirmation again even when past.
 */
export function CompetitionSettingsForm({
  defaultValue,
  lastResult,
  submitLabel,
  intent,
  stored = null,
  frozen = false,
}: {
  defaultValue: CompetitionFormValues;
  lastResult: SubmissionResult<string[]> | null | undefined;
  submitLabel: string;
  intent?: string;
  stored?: StoredDeadlines | null;
  /** A result is published: what it rests on is shown read-only, with a note saying why. */
  frozen?: boolean;
}) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "competition-settings",
    lastResult,
    defaultValue,
    onValidate: ({ formData }) =>
      parseWithZod(formData, {
        schema: createCompetitionSchema(t, { now: new Date(), stored: storedDeadlines(stored) }),
      }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
      <ErrorSummary form={form} />
      {frozen ? <p className="rounded-md border border-gray-300 p-3">{t("freeze.settingsNote")}</p> : null}
      <CompetitionDatesFields fields={fields} frozen={frozen} />
      <fieldset className="flex flex-col gap-3 rounded-md border border-gray-300 p-4">
        <legend className="px-1 font-semibold">{t("competition.scale")}</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField
            field={fields.scaleMin}
            label={t("competition.scaleMin")}
            type="number"
            inputMode="numeric"
            readOnly={frozen}
          />
          <TextField
            field={fields.scaleMax}
            label={t("competition.scaleMax")}
            type="number"
            inputMode="numeric"
            readOnly={frozen}
          />
          <TextField
            readOnly={frozen}
            field={fields.minScoreSheets}
            label={t("competition.minScoreSheets")}
            hint={t("competition.minScoreSheetsHint")}
            type="number"
            inputMode="numeric"
          />
        </div>
      </fieldset>
      <WeightsFieldset
        fields={fields}
        legend={t("competition.defaultWeights")}
        hint={t("competition.defaultWeightsHint")}
        readOnly={frozen}
      />
      <Button name="intent" value={intent ?? "save"} className="self-start">
        {submitLabel}
      </Button>
    </Form>
  );
}
