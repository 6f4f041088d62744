import type { FieldMetadata } from "@conform-to/react";
import { TextField } from "#app/components/ui/text-field.tsx";
import { typedWeights, weightsSumNote, type StepWeights } from "#app/domain/step-weights.ts";
import { JUDGING_STEPS, perStep, type StepWeightField } from "#app/domain/steps.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

type WeightFields<Value extends string | number> = Record<StepWeightField, FieldMetadata<Value>>;

/** The weights' sum, and when it is not 100 that they are scaled to 100 % and to what shares. */
export function WeightsSum({ weights, id }: { weights: StepWeights; id?: string }) {
  const { t } = useTranslation();
  const note = weightsSumNote(weights);
  return (
    <p id={id} className="text-sm" data-testid="weights-sum">
      {t(note.key, note.params)}
    </p>
  );
}

/**
 * The three step weights as one group, so a screen reader hears what the numbers weigh, with their
 * sum kept up to date as they are typed (with JavaScript; without it, as last sent).
 */
export function WeightsFieldset<Value extends string | number>({
  fields,
  legend,
  hint,
  readOnly = false,
}: {
  fields: WeightFields<Value>;
  legend: string;
  hint?: string;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const weights = typedWeights(perStep((step) => fields[step.weightField].value));
  const sumId = `${fields.weightPromise.formId}-weights-sum`;
  return (
    <fieldset className="flex flex-col gap-3 rounded-md border border-gray-300 p-4" aria-describedby={sumId}>
      <legend className="px-1 font-semibold">{legend}</legend>
      {hint ? <p className="text-sm text-ink-muted">{hint}</p> : null}
      <p className="text-sm text-ink-muted">{t("weights.relative")}</p>
      <div className="grid gap-3 sm:grid-cols-3">
        {JUDGING_STEPS.map((step) => (
          <TextField
            key={step.key}
            field={fields[step.weightField]}
            label={t(step.messages.name)}
            type="number"
            inputMode="numeric"
            readOnly={readOnly}
          />
        ))}
      </div>
      <div aria-live="polite">
        {weights ? (
          <WeightsSum weights={weights} id={sumId} />
        ) : (
          <p id={sumId} className="text-sm" data-testid="weights-sum">
            {t("weights.sum.incomplete")}
          </p>
        )}
      </div>
    </fieldset>
  );
}
