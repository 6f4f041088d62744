import { weightedTotal, type StepScores, type StepWeights } from "./step-weights.ts";
import { STEP_KEYS } from "./steps.ts";

export type Scale = { min: number; max: number };
export type PartialScores = { [K in keyof StepScores]: number | null };

export function isOnScale(score: number, scale: Scale): boolean {
  return Number.isInteger(score) && score >= scale.min && score <= scale.max;
}

export function scaleValues(scale: Scale): number[] {
  return Array.from({ length: scale.max - scale.min + 1 }, (_, index) => scale.min + index);
}

/** The steps still without a score; a sheet can be finalised only when there are none. */
export function missingScores(scores: PartialScores): (keyof StepScores)[] {
  return STEP_KEYS.filter((key) => scores[key] === null);
}

/** The juror's weighted total once all three steps are scored, else null. */
export function sheetTotal(scores: PartialScores, weights: StepWeights): number | null {
  if (missingScores(scores).length) return null;
  return weightedTotal(scores as StepScores, weights);
}
