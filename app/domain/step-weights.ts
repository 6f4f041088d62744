import { perStep, STEP_KEYS, type StepKey } from "./steps.ts";

/** The weight of each of the three steps. */
export type StepWeights = Record<StepKey, number>;
export type StepScores = StepWeights;

export const DEFAULT_STEP_WEIGHTS: StepWeights = perStep((step) => step.defaultWeight);
export const MAX_STEP_WEIGHT = 1000;

export function areValidWeights(weights: StepWeights): boolean {
  return STEP_KEYS.every(
    (key) => Number.isInteger(weights[key]) && weights[key] > 0 && weights[key] <= MAX_STEP_WEIGHT,
  );
}

/**
 * Each weight as a whole percentage of their sum, adding up to exactly 100 (largest remainder),
 * so 1/1/1 shows as 34/33/33 and never as 33/33/33.
 */
export function weightPercentages(weights: StepWeights): StepWeights {
  const total = STEP_KEYS.reduce((sum, key) => sum + weights[key], 0);
  const exact = STEP_KEYS.map((key) => ({ key, value: (weights[key] * 100) / total }));
  const result = perStep(({ key }) => Math.floor((weights[key] * 100) / total));
  let missing = 100 - STEP_KEYS.reduce((sum, key) => sum + result[key], 0);
  for (const { key } of [...exact].sort(
    (a, b) => (b.value % 1) - (a.value % 1) || STEP_KEYS.indexOf(a.key) - STEP_KEYS.indexOf(b.key),
  )) {
    if (missing <= 0) break;
    result[key] += 1;
    missing -= 1;
  }
  return result;
}

/** A juror's total for a case: the weighted mean Σ wₖ·sₖ / Σ wₖ of the three step scores. */
export function weightedTotal(scores: StepScores, weights: StepWeights): number {
  const totalWeight = STEP_KEYS.reduce((sum, key) => sum + weights[key], 0);
  return STEP_KEYS.reduce((sum, key) => sum + weights[key] * scores[key], 0) / totalWeight;
}

/** What each step adds to the weighted mean: its weight's share times its mean score. */
export function stepContributions(means: StepScores, weights: StepWeights): StepScores {
  const totalWeight = STEP_KEYS.reduce((sum, key) => sum + weights[key], 0);
  return perStep(({ key }) => (weights[key] * means[key]) / totalWeight);
}

/**
 * How a set of weights reads to the chair: their sum, and when that sum is not 100 the plain
 * statement that they are scaled to 100 % with the shares they become. Weights are relative (a
 * juror's total is Σ wₖ·sₖ / Σ wₖ), so 30/30/30 is a valid choice, but showing it as "30 %" would
 * be wrong; the message key and its values are decided here so every page says it the same way.
 */
export function weightsSumNote(weights: StepWeights): {
  key: "weights.sum.hundred" | "weights.sum.scaled";
  params: { sum: number } & StepWeights;
  scaled: boolean;
} {
  const sum = STEP_KEYS.reduce((total, key) => total + weights[key], 0);
  const scaled = sum !== 100;
  return {
    key: scaled ? "weights.sum.scaled" : "weights.sum.hundred",
    params: { sum, ...weightPercentages(weights) },
    scaled,
  };
}

/** Weights as typed into a form, or null while any of them is not yet a valid weight. */
export function typedWeights(values: Record<StepKey, unknown>): StepWeights | null {
  const weights = perStep(({ key }) => {
    const value = values[key];
    return typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  });
  return areValidWeights(weights) ? weights : null;
}
