import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { TextareaField } from "#app/components/ui/textarea-field.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { SAMPLE_FIELD_ORDER, SAMPLE_FIELDS, SAMPLE_POSITIONS, sampleFieldName } from "#app/forms/calibration-forms.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

/**
 * The chair writes one or two sample cases (the entrant's case fields, plain text): to open the
 * round, or to rewrite them until a juror begins a sheet. Checked on the server; every problem at once.
 */
export function SampleForm({
  competitionId,
  intent,
  values,
  lastResult,
}: {
  competitionId: number;
  intent: "open" | "save-samples";
  values: Record<string, string>;
  lastResult: SubmissionResult<string[]> | null;
}) {
  const { t } = useTranslation();
  const [form, fields] = useForm<Record<string, string>>({
    id: "calibration-samples",
    lastResult,
    defaultValue: values,
  });
  return (
    <Form method="post" {...getFormProps(form)} className="mb-10 flex max-w-3xl flex-col gap-6">
      <input type="hidden" name="competitionId" value={competitionId} />
      <ErrorSummary form={form} order={SAMPLE_FIELD_ORDER} />
      {SAMPLE_POSITIONS.map((position) => (
        <fieldset key={position} className="flex flex-col gap-3 rounded-md border border-gray-300 p-4">
          <legend className="px-1 font-semibold">{t("calibration.sample.heading", { number: position })}</legend>
          {position > 1 ? <p className="text-sm text-ink-muted">{t("calibration.sample.optional")}</p> : null}
          {SAMPLE_FIELDS.map((field) => {
            const metadata = fields[sampleFieldName(field.name, position)]!;
            return field.name === "title" ? (
              <TextField key={field.name} field={metadata} label={t(field.label)} />
            ) : (
              <TextareaField
                key={field.name}
                field={metadata}
                label={t(field.label)}
                rows={field.name === "summary" ? 2 : 4}
              />
            );
          })}
        </fieldset>
      ))}
      <Button name="intent" value={intent} className="self-start">
        {t(intent === "open" ? "calibration.open" : "calibration.saveSamples")}
      </Button>
    </Form>
  );
}
