import type { FieldProblem } from "./errors.ts";
import { weightedTotal, type StepScores, type StepWeights } from "./step-weights.ts";
import { JUDGING_STEPS, STEP_KEYS, type StepKey } from "./steps.ts";

export type Scale = { min: number; max: number };
export type PartialScores = { [K in keyof StepScores]: number | null };

/** A posted score sheet as the domain takes it: scores per step (null when not chosen) and comments. */
export type SheetInput = {
  scores: PartialScores;
  comments: Record<StepKey | "overall", string>;
};

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

/**
 * Every step's problem with a posted sheet at once: a score off the scale, and on finalising a
 * missing one. The real score sheet and the calibration's sample sheet share it.
 */
export function sheetProblems(scores: PartialScores, scale: Scale, finalise: boolean): FieldProblem[] {
  const missing = finalise ? missingScores(scores) : [];
  return JUDGING_STEPS.flatMap((step): FieldProblem[] => {
    const score = scores[step.key];
    if (score !== null && !isOnScale(score, scale)) {
      return [{ field: step.scoreField, messageKey: "jury.sheet.offScale", params: scale }];
    }
    return missing.includes(step.key) ? [{ field: step.scoreField, messageKey: "jury.sheet.scoreMissing" }] : [];
  });
}
