import { weightedTotal, type StepScores, type StepWeights } from "./step-weights.ts";
import { EPSILON, ascending, groupBy, mean, medianOfSorted, standardDeviation } from "./statistics.ts";

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

/** Drops the lowest and highest of `sorted` from five totals on; fewer keep the plain mean of `values`. */
function trimmedMean(values: readonly number[], sorted: readonly number[]): number {
  if (values.length < TRIM_FROM_SHEETS) return mean(values);
  return mean(sorted.slice(1, -1));
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
  const jurorStats = new Map(
    [...groupBy(sheets, (sheet) => sheet.jurorId)].map(([jurorId, own]) => {
      const totals = own.map((sheet) => sheet.total);
      return [jurorId, { count: totals.length, mean: mean(totals), spread: standardDeviation(totals) }];
    }),
  );
  return sheets.map((sheet) => {
    const stats = jurorStats.get(sheet.jurorId)!;
    if (stats.count < 2 || stats.spread < EPSILON) return sheet.total;
    return overallMean + ((sheet.total - stats.mean) / stats.spread) * overallSpread;
  });
}

/** A case's totals, in the sheets' order and sorted; `own` its sheets by index into `normalised`. */
type CaseTotals = { totals: readonly number[]; sorted: readonly number[]; own: readonly number[] };

function aggregate(method: RankingMethod, { totals, sorted, own }: CaseTotals, normalised: readonly number[]): number {
  switch (method) {
    case "mean":
      return mean(totals);
    case "median":
      return medianOfSorted(sorted);
    case "trimmed":
      return trimmedMean(totals, sorted);
    case "normalised": {
      let total = 0;
      for (const index of own) total += normalised[index]!;
      return total / own.length;
    }
  }
}

/** Each step's mean over a case's sheets: one pass, adding in the sheets' order as `mean` does. */
function stepMeansOf(sheets: readonly FinalSheet[], own: readonly number[]): StepScores {
  let promise = 0;
  let anchoring = 0;
  let realisation = 0;
  for (const index of own) {
    const { scores } = sheets[index]!;
    promise += scores.promise;
    anchoring += scores.anchoring;
    realisation += scores.realisation;
  }
  return { promise: promise / own.length, anchoring: anchoring / own.length, realisation: realisation / own.length };
}

export type MethodResult = { rank: number | null; score: number | null };
/** A case ranked under the chosen method, with its rank and score under each method asked for as well. */
export type RankedCaseByMethods = RankedCase & { byMethod: Partial<Record<RankingMethod, MethodResult>> };

/** A difference that counts: anything within rounding noise is a tie. */
const beyondNoise = (difference: number) => (Math.abs(difference) > EPSILON ? difference : 0);

/**
 * The tie-break after the score, in order: the higher step-3 mean (delivery is what the customer
 * meets), then step 1, then step 2. `compareForRank` reads it, and so does the rules text the chair,
 * the CSV and the public see, so the explanation cannot drift from what the ranking does.
 */
export const TIE_BREAK_STEPS = ["realisation", "promise", "anchoring"] as const satisfies readonly (keyof StepScores)[];

/**
 * Higher score first; then the higher step mean in `TIE_BREAK_STEPS` order. 0 means a full tie.
 * Called O(n log n) times per method and category, so it allocates nothing.
 */
function compareForRank(scoreA: number, a: StepScores, scoreB: number, b: StepScores): number {
  const byScore = beyondNoise(scoreB - scoreA);
  if (byScore) return byScore;
  for (const step of TIE_BREAK_STEPS) {
    const byStep = beyondNoise(b[step] - a[step]);
    if (byStep) return byStep;
  }
  return 0;
}

/**
 * How a category is ranked, as data for the rules text: the method's score, the tie-break steps,
 * what counts as equal, and what happens on a full tie. Built from the constants the ranking uses.
 */
export type RankingRules = {
  method: RankingMethod;
  /** The trimmed mean drops the highest and lowest total from this many sheets on. */
  trimFromSheets: number;
  tieBreakSteps: readonly (keyof StepScores)[];
  /** Scores or means closer than this are equal (rounding noise). */
  equalWithin: number;
  /** A full tie shares the place and the next place is skipped (1, 1, 3); listed by case reference. */
  fullTie: "shared-place";
  /** Cases without final sheets get no place and come last. */
  withoutSheets: "no-place-last";
};

export function rankingRules(method: RankingMethod): RankingRules {
  return {
    method,
    trimFromSheets: TRIM_FROM_SHEETS,
    tieBreakSteps: TIE_BREAK_STEPS,
    equalWithin: EPSILON,
    fullTie: "shared-place",
    withoutSheets: "no-place-last",
  };
}

/**
 * Ranks the scored cases of one category under one method: 1-based, shared on a full tie (1, 1, 3).
 * Sorts positions against a plain array of scores, so the comparisons read no objects by key.
 */
function rankCategory(scored: readonly RankedCaseByMethods[], method: RankingMethod): RankedCaseByMethods[] {
  const scores = scored.map((entry) => entry.byMethod[method]!.score!);
  const compare = (x: number, y: number) =>
    compareForRank(scores[x]!, scored[x]!.stepMeans!, scores[y]!, scored[y]!.stepMeans!);
  const order = scored
    .map((_, position) => position)
    .sort((x, y) => compare(x, y) || scored[x]!.caseId - scored[y]!.caseId);
  let rank = 0;
  order.forEach((position, index) => {
    if (index === 0 || compare(order[index - 1]!, position) !== 0) rank = index + 1;
    scored[position]!.byMethod[method]!.rank = rank;
  });
  return order.map((position) => scored[position]!);
}

/**
 * Ranks every case of a competition within its category. Normalisation looks across the whole
 * competition (a juror's habits show over all their sheets); everything else is per case, so the
 * mean, median and trimmed ranking of a category needs only that category's cases and sheets.
 */
export function rankCompetition(
  cases: readonly RankableCase[],
  sheets: readonly FinalSheet[],
  options: RankingOptions,
): RankedCase[] {
  return rankCompetitionByMethods(cases, sheets, options, []);
}

/**
 * `rankCompetition` under `options.method`, in its order, plus each case's rank and score under
 * `alsoMethods` (the chosen one is always in `byMethod`): one pass over the sheets for all of them.
 */
export function rankCompetitionByMethods(
  cases: readonly RankableCase[],
  sheets: readonly FinalSheet[],
  options: RankingOptions,
  alsoMethods: readonly RankingMethod[],
): RankedCaseByMethods[] {
  const methods = RANKING_METHODS.filter((method) => method === options.method || alsoMethods.includes(method));
  const totals = sheets.map((sheet) => weightedTotal(sheet.scores, sheet.weights));
  const normalised = methods.includes("normalised")
    ? normalisedTotals(sheets.map((sheet, index) => ({ jurorId: sheet.jurorId, total: totals[index]! })))
    : [];
  const disagreementLimit = HIGH_DISAGREEMENT_SHARE * (options.scale.max - options.scale.min);
  const sheetIndexesByCase = groupBy(
    sheets.map((_, index) => index),
    (index) => sheets[index]!.caseId,
  );

  const entries: RankedCaseByMethods[] = cases.map(({ caseId, categoryId }) => {
    const own = sheetIndexesByCase.get(caseId) ?? [];
    const scored = own.length > 0;
    const ownTotals = own.map((index) => totals[index]!);
    // One sorted copy serves the median and the trimmed mean.
    const sorted = [...ownTotals].sort(ascending);
    const spread = scored ? standardDeviation(ownTotals) : null;
    const byMethod: RankedCaseByMethods["byMethod"] = {};
    for (const method of methods) {
      const score = scored ? aggregate(method, { totals: ownTotals, sorted, own }, normalised) : null;
      byMethod[method] = { rank: null, score };
    }
    return {
      caseId,
      categoryId,
      rank: null,
      score: byMethod[options.method]!.score,
      rawMean: scored ? mean(ownTotals) : null,
      stepMeans: scored ? stepMeansOf(sheets, own) : null,
      sheetCount: own.length,
      spread,
      tooFewSheets: own.length < options.minSheets,
      highDisagreement: spread !== null && own.length >= 2 && spread >= disagreementLimit - EPSILON,
      byMethod,
    };
  });

  return rankEntries(entries, options.method, methods);
}

/**
 * Ranks entries whose scores are known, within each category, under each method (ranks shared on a
 * full tie); returns them best first per category under `chosen`, the unscored last by case id.
 * Also used to re-rank a category from its stored rows when only one case's sheets changed.
 */
export function rankEntries(
  entries: readonly RankedCaseByMethods[],
  chosen: RankingMethod,
  methods: readonly RankingMethod[],
): RankedCaseByMethods[] {
  const ranked: RankedCaseByMethods[] = [];
  for (const inCategory of groupBy(entries, (entry) => entry.categoryId).values()) {
    // Every method scores exactly the cases with final sheets.
    const scored = inCategory.filter((entry) => entry.score !== null);
    for (const method of methods) {
      const inOrder = rankCategory(scored, method);
      if (method !== chosen) continue;
      for (const entry of inOrder) {
        entry.rank = entry.byMethod[method]!.rank;
        ranked.push(entry);
      }
    }
    const unscored = inCategory.filter((entry) => entry.score === null).sort((a, b) => a.caseId - b.caseId);
    for (const entry of unscored) ranked.push(entry);
  }
  return ranked;
}
