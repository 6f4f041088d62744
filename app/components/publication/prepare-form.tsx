import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { TextareaField } from "#app/components/ui/textarea-field.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import type { PublicationStage } from "#app/domain/publication.ts";
import { reasoningField, STAGE_INTENTS, type ReasoningField } from "#app/forms/publication-forms.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

type PrepareFields = { finalistCount: string; overrideReason: string; [reasoning: ReasoningField]: string };

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
