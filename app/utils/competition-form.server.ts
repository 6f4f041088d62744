import { type CategoryInput, type CompetitionSettings } from "#app/domain/competitions.server.ts";
import { findCompetition } from "#app/domain/competition-lookup.server.ts";
import type { StepWeights } from "#app/domain/step-weights.ts";
import { JUDGING_STEPS, perStep, type StepWeightField } from "#app/domain/steps.ts";
import { db } from "./db.server.ts";
import { notFoundResponse, parseId } from "./http.server.ts";

type WeightFields = Record<StepWeightField, number>;

export function weightsFromForm(value: WeightFields): StepWeights {
  return perStep((step) => value[step.weightField]);
}

/** The form's values without the step weight fields, which the domain takes as one `StepWeights`. */
function withoutWeightFields<Value extends WeightFields>(value: Value): Omit<Value, StepWeightField> {
  const rest: Partial<Value> = { ...value };
  for (const step of JUDGING_STEPS) delete rest[step.weightField];
  return rest as Omit<Value, StepWeightField>;
}

export function competitionSettingsFromForm(
  value: Omit<CompetitionSettings, "defaultWeights"> & WeightFields,
): CompetitionSettings {
  return { ...withoutWeightFields(value), defaultWeights: weightsFromForm(value) };
}

export function categoryFromForm(value: { name: string; description: string } & WeightFields): Required<CategoryInput> {
  return { name: value.name, description: value.description, weights: weightsFromForm(value) };
}

/** The competition a chair's form acts on (its `competitionId` field), or a 404 response. */
export function competitionFromForm(formData: FormData) {
  const competitionId = formData.get("competitionId");
  const competition = findCompetition(db, parseId(typeof competitionId === "string" ? competitionId : undefined));
  if (!competition) throw notFoundResponse();
  return competition;
}
