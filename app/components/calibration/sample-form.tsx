import type { SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { controlClass, FieldShell } from "#app/components/ui/field-shell.tsx";
import { SAMPLE_FIELD_ORDER, SAMPLE_FIELDS, SAMPLE_POSITIONS, sampleFieldName } from "#app/forms/calibration-fields.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

const FORM_ID = "calibration-samples";

/**
 * The chair writes one or two sample cases (the entrant's case fields, plain text): to open the
 * round, or to rewrite them until a juror begins a sheet. Checked on the server only, every problem
 * at once, with what was typed kept; plain fields rather than Conform's hooks keep the page light.
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
  const typed = lastResult?.initialValue ?? null;
  const valueOf = (name: string) => {
    const posted = typed?.[name];
    return typeof posted === "string" ? posted : (values[name] ?? "");
  };
  const errors = lastResult?.error ?? {};
  return (
    <Form id={FORM_ID} method="post" className="mb-10 flex max-w-3xl flex-col gap-6" noValidate>
      <input type="hidden" name="competitionId" value={competitionId} />
      <ErrorSummary
        formId={FORM_ID}
        id={`${FORM_ID}-errors`}
        errors={errors}
        fieldId={(name) => name}
        order={SAMPLE_FIELD_ORDER}
      />
      {SAMPLE_POSITIONS.map((position) => (
        <fieldset key={position} className="flex flex-col gap-3 rounded-md border border-gray-300 p-4">
          <legend className="px-1 font-semibold">{t("calibration.sample.heading", { number: position })}</legend>
          {position > 1 ? <p className="text-sm text-ink-muted">{t("calibration.sample.optional")}</p> : null}
          {SAMPLE_FIELDS.map((field) => {
            const name = sampleFieldName(field.name, position);
            const fieldErrors = errors[name];
            return (
              <FieldShell key={name} id={name} errorId={`${name}-error`} label={t(field.label)} errors={fieldErrors}>
                {(describedBy) => {
                  const shared = {
                    id: name,
                    name,
                    defaultValue: valueOf(name),
                    maxLength: field.max,
                    "aria-invalid": fieldErrors?.length ? true : undefined,
                    "aria-describedby": describedBy,
                    className: controlClass(fieldErrors),
                  };
                  return field.name === "title" ? (
                    <input type="text" {...shared} />
                  ) : (
                    <textarea rows={field.name === "summary" ? 2 : 4} {...shared} />
                  );
                }}
              </FieldShell>
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
