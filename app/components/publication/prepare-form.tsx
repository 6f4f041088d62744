import { getFormProps, getTextareaProps, useForm, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { FieldErrors } from "#app/components/ui/field-errors.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import type { PublicationStage } from "#app/domain/publication.ts";
import { reasoningField, STAGE_INTENTS, type ReasoningField } from "#app/forms/publication-forms.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

type PrepareFields = { finalistCount: string; overrideReason: string; [reasoning: ReasoningField]: string };

/** Label, textarea, hint and errors wired together, like TextField. */
function TextareaField({
  field,
  label,
  hint,
  rows,
}: {
  field: FieldMetadata<string>;
  label: string;
  hint?: string;
  rows: number;
}) {
  const hintId = `${field.id}-hint`;
  const errors = field.errors ?? [];
  const props = getTextareaProps(field, { ariaDescribedBy: hint ? hintId : undefined });
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={field.id} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      <textarea
        {...props}
        key={props.key}
        rows={rows}
        className={`rounded-md border px-3 py-2 ${errors.length ? "border-red-700" : "border-gray-400"}`}
      />
      <FieldErrors id={field.errorId} errors={errors} />
    </div>
  );
}

/**
 * Prepares a stage's preview: the finalist count for the finalists, the jury's reasoning per
 * category for the winners, and a reason to go ahead when cases lack sheets. Checked on the server,
 * whose errors come back next to their fields.
 */
export function PrepareForm({
  stage,
  competitionId,
  categories,
  lastResult,
}: {
  stage: PublicationStage;
  competitionId: number;
  categories: { id: number; name: string }[];
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [form, fields] = useForm<PrepareFields>({
    id: STAGE_INTENTS.prepare[stage],
    lastResult,
    defaultValue: { finalistCount: "3" },
  });
  return (
    <Form method="post" {...getFormProps(form)} className="mb-4 flex flex-col gap-3">
      <input type="hidden" name="competitionId" value={competitionId} />
      {stage === "finalists" ? (
        <div className="w-48">
          <TextField
            field={fields.finalistCount}
            label={t("publish.finalistCountLabel")}
            type="number"
            inputMode="numeric"
          />
        </div>
      ) : (
        categories.map((category) => (
          <TextareaField
            key={category.id}
            // Conform has metadata for any field name; only the type cannot know these names ahead.
            field={fields[reasoningField(category.id)]!}
            label={t("publish.reasoningLabel", { category: category.name })}
            rows={4}
          />
        ))
      )}
      <TextareaField
        field={fields.overrideReason}
        label={t("publish.overrideLabel")}
        hint={t("publish.overrideHint")}
        rows={2}
      />
      <Button name="intent" value={STAGE_INTENTS.prepare[stage]} variant="secondary" className="self-start">
        {t("publish.prepare")}
      </Button>
    </Form>
  );
}
