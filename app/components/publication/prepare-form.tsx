import type { SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { controlClass, FieldShell } from "#app/components/ui/field-shell.tsx";
import type { PublicationStage } from "#app/domain/publication.ts";
import { reasoningField, STAGE_INTENTS } from "#app/forms/publication-fields.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

// Checked on the server only (there is nothing to check while typing), so this form and the
// correction form show the last submission's errors and values themselves: Conform's client hooks
// would put the publish page over the JavaScript budget.

export type LastResult = SubmissionResult<string[]> | undefined;

export function PlainField({
  formId,
  name,
  label,
  hint,
  lastResult,
  rows,
  defaultValue = "",
}: {
  formId: string;
  name: string;
  label: string;
  hint?: string;
  lastResult: LastResult;
  /** A textarea with this many rows; a number input without. */
  rows?: number;
  defaultValue?: string;
}) {
  const id = `${formId}-${name}`;
  const errors = lastResult?.error?.[name] ?? null;
  const submitted = lastResult?.initialValue?.[name];
  const value = typeof submitted === "string" ? submitted : defaultValue;
  return (
    <FieldShell id={id} errorId={`${id}-error`} label={label} hint={hint} errors={errors}>
      {(describedBy) => {
        const shared = {
          id,
          name,
          defaultValue: value,
          "aria-invalid": errors?.length ? true : undefined,
          "aria-describedby": describedBy,
          className: controlClass(errors),
        };
        return rows ? <textarea {...shared} rows={rows} /> : <input {...shared} type="number" inputMode="numeric" />;
      }}
    </FieldShell>
  );
}

export function PrepareForm({
  stage,
  competitionId,
  categories,
  lastResult,
}: {
  stage: PublicationStage;
  competitionId: number;
  categories: { id: number; name: string }[];
  lastResult: LastResult;
}) {
  const { t } = useTranslation();
  const formId = STAGE_INTENTS.prepare[stage];
  // A new result remounts the fields, so values the server sent back replace what was shown.
  const resultKey = JSON.stringify(lastResult?.initialValue ?? null);
  return (
    <Form method="post" id={formId} key={resultKey} className="mb-4 flex flex-col gap-3">
      <input type="hidden" name="competitionId" value={competitionId} />
      {stage === "finalists" ? (
        <div className="w-48">
          <PlainField
            formId={formId}
            name="finalistCount"
            label={t("publish.finalistCountLabel")}
            lastResult={lastResult}
            defaultValue="3"
          />
        </div>
      ) : (
        categories.map((category) => (
          <PlainField
            key={category.id}
            formId={formId}
            name={reasoningField(category.id)}
            label={t("publish.reasoningLabel", { category: category.name })}
            lastResult={lastResult}
            rows={4}
          />
        ))
      )}
      <PlainField
        formId={formId}
        name="overrideReason"
        label={t("publish.overrideLabel")}
        hint={t("publish.overrideHint")}
        lastResult={lastResult}
        rows={2}
      />
      <Button name="intent" value={formId} variant="secondary" className="self-start">
        {t("publish.prepare")}
      </Button>
    </Form>
  );
}
