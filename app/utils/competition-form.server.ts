import type { CategoryInput, CompetitionSettings } from "#app/domain/competitions.server.ts";
import type { StepWeights } from "#app/domain/step-weights.ts";

type WeightFields = { weightPromise: number; weightAnchoring: number; weightRealisation: number };

export function weightsFromForm(value: WeightFields): StepWeights {
  return { promise: value.weightPromise, anchoring: value.weightAnchoring, realisation: value.weightRealisation };
}

export function competitionSettingsFromForm(
  value: Omit<CompetitionSettings, "defaultWeights"> & WeightFields,
): CompetitionSettings {
  const { weightPromise, weightAnchoring, weightRealisation, ...settings } = value;
  return { ...settings, defaultWeights: weightsFromForm({ weightPromise, weightAnchoring, weightRealisation }) };
}

export function categoryFromForm(value: { name: string; description: string } & WeightFields): Required<CategoryInput> {
  return { name: value.name, description: value.description, weights: weightsFromForm(value) };
}
