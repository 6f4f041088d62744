import { weightedTotal, type StepScores, type StepWeights } from "./step-weights.ts";
import { perStep } from "./steps.ts";

export const RANKING_METHODS = ["mean", "median", "trimmed", "normalised"] as const;
export type RankingMethod = (typeof RANKING_METHODS)[number];

/** The trimmed mean drops the highest and lowest total only when this many sheets or more exist. */
export const TRIM_FROM_SHEETS = 5;

/**
 * Jurors disagree "a lot" on a case when the standard deviation of their totals is at least this
 * share of the scale's width (1.8 points on 1–10): more than the usual one-or-two-point spread.
 */
export const HIGH_DISAGREEMENT_SHARE = 0.2;

/** One final, non-conflicted score sheet, with the weights of its case's category. */
export type FinalSheet = { caseId: number; jurorId: string; scores: StepScores; weights: StepWeights };
export type RankableCase = { caseId: number; categoryId: number };

export type RankedCase = {
  caseId: number;
  categoryId: number;
  /** 1-based, shared on a full tie (1, 1, 3); null for a case without final sheets. */
  rank: number | null;
  /** The aggregate under the chosen method; null without final sheets. */
  score: number | null;
  /** The plain mean of the raw totals, shown beside a normalised score. */
  rawMean: number | null;
  stepMeans: StepScores | null;
  sheetCount: number;
  /** Standard deviation of the jurors' raw totals (population form), null without sheets. */
  spread: number | null;
  tooFewSheets: boolean;
  highDisagreement: boolean;
};

export type RankingOptions = { method: RankingMethod; minSheets: number; scale: { min: number; max: number } };

const EPSILON = 1e-9;

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Population standard deviation: the spread of exactly these totals, not an estimate of others. */
function standardDeviation(values: readonly number[]): number {
  const average = mean(values);
  return Math.sqrt(mean(values.map((value) => (value - average) ** 2)));
}

function trimmedMean(values: readonly number[]): number {
  if (values.length < TRIM_FROM_SHEETS) return mean(values);
  return mean([...values].sort((a, b) => a - b).slice(1, -1));
}

/**
 * Each juror's totals as z-scores over all their final sheets in the competition, mapped back to
 * the scale with the mean and standard deviation of all final totals. A juror with fewer than two
 * sheets, or who gave every case the same total, keeps raw totals: there is nothing to correct.
 */
export function normalisedTotals(sheets: readonly { jurorId: string; total: number }[]): number[] {
  if (sheets.length === 0) return [];
  const allTotals = sheets.map((sheet) => sheet.total);
  const overallMean = mean(allTotals);
  const overallSpread = standardDeviation(allTotals);
  const byJuror = new Map<string, number[]>();
  for (const sheet of sheets) byJuror.set(sheet.jurorId, [...(byJuror.get(sheet.jurorId) ?? []), sheet.total]);
  const jurorStats = new Map(
    [...byJuror].map(([jurorId, totals]) => [
      jurorId,
      { count: totals.length, mean: mean(totals), spread: standardDeviation(totals) },
    ]),
  );
  return sheets.map((sheet) => {
    const stats = jurorStats.get(sheet.jurorId)!;
    if (stats.count < 2 || stats.spread < EPSILON) return sheet.total;
    return overallMean + ((sheet.total - stats.mean) / stats.spread) * overallSpread;
  });
}

function aggregate(method: RankingMethod, totals: readonly number[], normalised: readonly number[]): number {
  switch (method) {
    case "mean":
      return mean(totals);
    case "median":
      return median(totals);
    case "trimmed":
      return trimmedMean(totals);
    case "normalised":
      return mean(normalised);
  }
}

/** Higher score first; then the higher step-3 mean, step-1 mean, step-2 mean. 0 means a full tie. */
function compareForRank(a: RankedCase, b: RankedCase): number {
  const keys: ((item: RankedCase) => number)[] = [
    (item) => item.score!,
    (item) => item.stepMeans!.realisation,
    (item) => item.stepMeans!.promise,
    (item) => item.stepMeans!.anchoring,
  ];
  for (const key of keys) {
    const difference = key(b) - key(a);
    if (Math.abs(difference) > EPSILON) return difference;
  }
  return 0;
}

/**
 * Ranks every case of a competition within its category. Normalisation looks across the whole
 * competition (a juror's habits show over all their sheets); everything else is per case.
 */
export function rankCompetition(
  cases: readonly RankableCase[],
  sheets: readonly FinalSheet[],
  options: RankingOptions,
): RankedCase[] {
  const withTotals = sheets.map((sheet) => ({ ...sheet, total: weightedTotal(sheet.scores, sheet.weights) }));
  const normalised = normalisedTotals(withTotals);
  const normalisedBySheet = new Map(withTotals.map((sheet, index) => [sheet, normalised[index]!]));
  const disagreementLimit = HIGH_DISAGREEMENT_SHARE * (options.scale.max - options.scale.min);

  const sheetsByCase = new Map<number, typeof withTotals>();
  for (const sheet of withTotals) sheetsByCase.set(sheet.caseId, [...(sheetsByCase.get(sheet.caseId) ?? []), sheet]);

  const entries: RankedCase[] = cases.map(({ caseId, categoryId }) => {
    const own = sheetsByCase.get(caseId) ?? [];
    const totals = own.map((sheet) => sheet.total);
    const spread = own.length ? standardDeviation(totals) : null;
    return {
      caseId,
      categoryId,
      rank: null,
      score: own.length
        ? aggregate(
            options.method,
            totals,
            own.map((sheet) => normalisedBySheet.get(sheet)!),
          )
        : null,
      rawMean: own.length ? mean(totals) : null,
      stepMeans: own.length ? perStep(({ key }) => mean(own.map((sheet) => sheet.scores[key]))) : null,
      sheetCount: own.length,
      spread,
      tooFewSheets: own.length < options.minSheets,
      highDisagreement: spread !== null && own.length >= 2 && spread >= disagreementLimit - EPSILON,
    };
  });

  const categoryIds = [...new Set(cases.map((item) => item.categoryId))];
  const ranked: RankedCase[] = [];
  for (const categoryId of categoryIds) {
    const inCategory = entries.filter((entry) => entry.categoryId === categoryId);
    const scored = inCategory
      .filter((entry) => entry.score !== null)
      .sort((a, b) => compareForRank(a, b) || a.caseId - b.caseId);
    scored.forEach((entry, index) => {
      const previous = scored[index - 1];
      entry.rank = previous && compareForRank(previous, entry) === 0 ? previous.rank : index + 1;
    });
    ranked.push(...scored, ...inCategory.filter((entry) => entry.score === null).sort((a, b) => a.caseId - b.caseId));
  }
  return ranked;
}
