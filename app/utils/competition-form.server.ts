import { findCompetition, type CategoryInput, type CompetitionSettings } from "#app/domain/competitions.server.ts";
import { db } from "./db.server.ts";
import { notFoundResponse, parseId } from "./http.server.ts";
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

/** The competition a chair's form acts on (its `competitionId` field), or a 404 response. */
export function competitionFromForm(formData: FormData) {
  const competition = findCompetition(db, parseId(String(formData.get("competitionId") ?? "")));
  if (!competition) throw notFoundResponse();
  return competition;
}
