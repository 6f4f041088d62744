import type { FieldMetadata } from "@conform-to/react";
import { TextField } from "#app/components/ui/text-field.tsx";
import { useTranslation } from "#app/i18n/use-translation.ts";

type WeightFields<Value extends string | number> = Record<
  "weightPromise" | "weightAnchoring" | "weightRealisation",
  FieldMetadata<Value>
>;

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
        <TextField field={fields.weightPromise} label={t("weights.step1")} type="number" inputMode="numeric" />
        <TextField field={fields.weightAnchoring} label={t("weights.step2")} type="number" inputMode="numeric" />
        <TextField field={fields.weightRealisation} label={t("weights.step3")} type="number" inputMode="numeric" />
      </div>
    </fieldset>
  );
}
