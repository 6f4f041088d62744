import type { FieldMetadata } from "@conform-to/react";
import { TextField } from "#app/components/ui/text-field.tsx";
import { JUDGING_STEPS, type StepWeightField } from "#app/domain/steps.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

type WeightFields<Value extends string | number> = Record<StepWeightField, FieldMetadata<Value>>;

/** The three step weights as one group, so a screen reader hears what the numbers weigh. */
export function WeightsFieldset<Value extends string | number>({
  fields,
  legend,
  hint,
}: {
  fields: WeightFields<Value>;
  legend: string;
  hint?: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="flex flex-col gap-3 rounded-md border border-gray-300 p-4">
      <legend className="px-1 font-semibold">{legend}</legend>
      {hint ? <p className="text-sm text-ink-muted">{hint}</p> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        {JUDGING_STEPS.map((step) => (
          <TextField
            key={step.key}
            field={fields[step.weightField]}
            label={t(step.messages.name)}
            type="number"
            inputMode="numeric"
          />
        ))}
      </div>
    </fieldset>
  );
}
