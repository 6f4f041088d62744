import type { Scale } from "./scoring.ts";
import { weightedTotal, type StepScores, type StepWeights } from "./step-weights.ts";
import { perStep, type StepKey } from "./steps.ts";
import { ascending, EPSILON, medianOfSorted } from "./statistics.ts";

// The calibration round's rules (ADR 0032): how one juror's sample sheet compares with the rest of
// the jury's, and when a juror must calibrate before scoring real cases. No I/O.

/** What the chair writes for a sample case: the case's text fields, plain text. */
export type SampleInput = {
  title: string;
  summary: string;
  servicePromise: string;
  anchoring: string;
  realisation: string;
};

/** A round has one or two sample cases. */
export const MAX_CALIBRATION_SAMPLES = 2;

/**
 * A difference counts as harsher or milder once it reaches a tenth of the scale's span (0.9 points
 * on 1–10); anything closer is in line with the jury. The same share on every scale.
 */
export const CALIBRATION_THRESHOLD_SHARE = 0.1;

/** Fewer other sheets than this and no verdict is given: one other juror is not "the rest". */
export const MIN_OTHER_SHEETS_FOR_VERDICT = 2;

export type Leaning = "harsher" | "milder" | "inLine";

/** One figure (a step's score or the weighted total) against the others' sheets of the same sample. */
export type FigureComparison = {
  own: number;
  /** Null while no other sheet is in. */
  median: number | null;
  min: number | null;
  max: number | null;
  /** own − median of the others, null while no other sheet is in. */
  difference: number | null;
  /** Null while too few other sheets are in to say. */
  leaning: Leaning | null;
};

export type SheetComparison = {
  /** How many other jurors' submitted sheets the comparison rests on. */
  others: number;
  steps: Record<StepKey, FigureComparison>;
  total: FigureComparison;
};

export function median(values: readonly number[]): number | null {
  return values.length === 0 ? null : medianOfSorted([...values].sort(ascending));
}

export function calibrationThreshold(scale: Scale): number {
  return (scale.max - scale.min) * CALIBRATION_THRESHOLD_SHARE;
}

/** Harsher or milder once the difference from the others' median reaches the threshold. */
export function leaningOf(difference: number, threshold: number): Leaning {
  // A hair of floating-point noise must not push an exact threshold difference either way.
  if (difference <= -threshold + EPSILON) return "harsher";
  if (difference >= threshold - EPSILON) return "milder";
  return "inLine";
}

function compareFigure(own: number, others: readonly number[], threshold: number): FigureComparison {
  const middle = median(others);
  const difference = middle === null ? null : own - middle;
  return {
    own,
    median: middle,
    min: others.length ? Math.min(...others) : null,
    max: others.length ? Math.max(...others) : null,
    difference,
    leaning:
      difference !== null && others.length >= MIN_OTHER_SHEETS_FOR_VERDICT ? leaningOf(difference, threshold) : null,
  };
}

/**
 * One juror's submitted sample sheet against the other jurors' submitted sheets of the same sample:
 * per step and for the weighted total, the others' median and range and whether this juror leans
 * harsher or milder. The others are counted, never named; the chair's view calls the same function.
 */
export function compareSampleSheet(
  own: StepScores,
  others: readonly StepScores[],
  weights: StepWeights,
  scale: Scale,
): SheetComparison {
  const threshold = calibrationThreshold(scale);
  return {
    others: others.length,
    steps: perStep((step) =>
      compareFigure(
        own[step.key],
        others.map((sheet) => sheet[step.key]),
        threshold,
      ),
    ),
    total: compareFigure(
      weightedTotal(own, weights),
      others.map((sheet) => weightedTotal(sheet, weights)),
      threshold,
    ),
  };
}

/** The spread of a sample's totals: lowest, highest and the range between them. */
export function spreadOf(totals: readonly number[]): { min: number; max: number; range: number } | null {
  if (totals.length === 0) return null;
  const min = Math.min(...totals);
  const max = Math.max(...totals);
  return { min, max, range: max - min };
}

/**
 * The samples a juror still has to submit before scoring real cases: every sample of an open round
 * without a submitted sheet of theirs. A closed round (or none) asks nothing.
 */
export function samplesStillToCalibrate(
  round: { isOpen: boolean; sampleIds: readonly number[] } | null,
  submittedSampleIds: readonly number[],
): number[] {
  if (!round?.isOpen) return [];
  const submitted = new Set(submittedSampleIds);
  return round.sampleIds.filter((id) => !submitted.has(id));
}

/** While samples remain, the juror's real score sheets wait. */
export const mustCalibrateFirst = (stillToCalibrate: readonly number[]) => stillToCalibrate.length > 0;
