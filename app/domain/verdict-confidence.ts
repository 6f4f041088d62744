import { isShortOfSheets, selectFinalists, selectWinners } from "./publication.ts";
import {
  normalisedTotals,
  rankCompetitionByMethods,
  rankEntries,
  type FinalSheet,
  type RankableCase,
  type RankedCase,
  type RankedCaseByMethods,
  type RankingMethod,
  type RankingOptions,
} from "./ranking.ts";
import { weightedTotal, type StepWeights } from "./step-weights.ts";
import { STEP_KEYS, type StepKey } from "./steps.ts";
import { EPSILON, groupBy, standardDeviation, sum } from "./statistics.ts";

// How far the chair can trust a ranking (issue 16, ADR 0029): how much the jurors agree, whether one
// juror's habits decide the podium, whether the gaps at the top are larger than the noise, and
// whether the weights decide it. Pure: everything comes from the final sheets and the ranking
// options, and the ranking itself is always `rankCompetitionByMethods`, never a copy of it.

/** Krippendorff's customary limits: ≥ 0.8 to rely on, ≥ 0.667 for tentative conclusions. */
export const ALPHA_GOOD = 0.8;
export const ALPHA_MODERATE = 0.667;
/** How many places make the finalists when the caller does not say (the usual podium). */
export const DEFAULT_FINALISTS = 3;
/** A step's weight moves by this many percentage points each way in the sensitivity check. */
export const WEIGHT_SHIFT_POINTS = 10;
/** A juror's severity rests on at least this many shared cases before it may be flagged. */
export const SEVERITY_MIN_CASES = 3;
/** … and must exceed this share of the scale's width (0.9 point on 1–10) as well as 2 SD of the others. */
export const SEVERITY_MIN_SHARE = 0.1;

export type AgreementReading = "good" | "moderate" | "weak" | "insufficient";

export type Alpha = {
  /** null when it cannot be computed: fewer than two cases with two or more values, or no variation at all. */
  alpha: number | null;
  /** Cases with at least two values (the others carry no information about agreement). */
  units: number;
  /** Values in those cases (n in Krippendorff's notation). */
  values: number;
  reading: AgreementReading;
};

export function agreementReading(alpha: number | null): AgreementReading {
  if (alpha === null) return "insufficient";
  if (alpha >= ALPHA_GOOD) return "good";
  if (alpha >= ALPHA_MODERATE) return "moderate";
  return "weak";
}

/**
 * Krippendorff's alpha with the interval metric δ² = (a − b)², for units (cases) each valued by any
 * subset of coders (jurors). With n the pairable values (those in units of m_u ≥ 2 values):
 *
 *   D_o = 1/n · Σ_u 1/(m_u − 1) · Σ_{i≠j in u} (v_i − v_j)²
 *   D_e = 1/(n(n − 1)) · Σ_{i≠j over all n} (v_i − v_j)²
 *   α   = 1 − D_o / D_e
 *
 * which is the coincidence-matrix form written over values (Krippendorff 2011, "Computing
 * Krippendorff's Alpha-Reliability"). The sums over ordered pairs use Σ_{i≠j}(v_i − v_j)² =
 * 2(m·Σv² − (Σv)²), so the cost is one pass over the values, not over pairs.
 */
export function intervalAlpha(units: readonly (readonly number[])[]): Alpha {
  let n = 0;
  let pairableUnits = 0;
  let observed = 0;
  let allSum = 0;
  let allSquares = 0;
  for (const unit of units) {
    const m = unit.length;
    if (m < 2) continue;
    let sum = 0;
    let squares = 0;
    for (const value of unit) {
      sum += value;
      squares += value * value;
    }
    observed += (2 * (m * squares - sum * sum)) / (m - 1);
    n += m;
    pairableUnits += 1;
    allSum += sum;
    allSquares += squares;
  }
  const expectedPairs = 2 * (n * allSquares - allSum * allSum);
  // Rounding noise in the sums must not pass for variation.
  const alpha =
    pairableUnits < 2 || expectedPairs <= 1e-9 * Math.max(1, n * allSquares)
      ? null
      : 1 - ((n - 1) * observed) / expectedPairs;
  return { alpha, units: pairableUnits, values: n, reading: agreementReading(alpha) };
}

export type Agreement = { total: Alpha; perStep: Record<StepKey, Alpha> };

/** Alpha over the jurors' weighted totals, and over each step's scores on its own; units are cases. */
export function agreement(sheets: readonly FinalSheet[]): Agreement {
  const byCase = groupBy(sheets, (sheet) => sheet.caseId);
  const units = [...byCase.values()];
  return {
    total: intervalAlpha(units.map((own) => own.map((sheet) => weightedTotal(sheet.scores, sheet.weights)))),
    perStep: Object.fromEntries(
      STEP_KEYS.map((step) => [step, intervalAlpha(units.map((own) => own.map((sheet) => sheet.scores[step])))]),
    ) as Record<StepKey, Alpha>,
  };
}

export type JurorSeverity = {
  jurorId: string;
  /** Mean of (own total − mean of the other jurors' totals on the same case); negative is stricter. */
  severity: number;
  /** Cases it rests on: those with at least one other juror. */
  cases: number;
  /** Far from the rest: see `jurorSeverity`. */
  outlier: boolean;
};

/**
 * Each juror's habit against the others on the very cases they shared. A juror is flagged when the
 * figure rests on at least `SEVERITY_MIN_CASES` cases and is larger (in either direction) than both
 * twice the standard deviation of the OTHER jurors' severities and a tenth of the scale's width.
 * The others' spread, not everyone's: with a small jury an outlier inflates a spread that includes
 * itself (with three jurors no one can ever be 2 SD from a mean that includes them); the floor keeps
 * a tightly agreeing jury from flagging a juror who is a few tenths apart.
 */
export function jurorSeverity(sheets: readonly FinalSheet[], scale: RankingOptions["scale"]): JurorSeverity[] {
  const sums = new Map<string, { difference: number; cases: number }>();
  for (const own of groupBy(sheets, (sheet) => sheet.caseId).values()) {
    if (own.length < 2) continue;
    const totals = own.map((sheet) => weightedTotal(sheet.scores, sheet.weights));
    const caseSum = sum(totals);
    own.forEach((sheet, index) => {
      const othersMean = (caseSum - totals[index]!) / (own.length - 1);
      const entry = sums.get(sheet.jurorId) ?? { difference: 0, cases: 0 };
      entry.difference += totals[index]! - othersMean;
      entry.cases += 1;
      sums.set(sheet.jurorId, entry);
    });
  }
  const severities = [...sums].map(([jurorId, { difference, cases }]) => ({
    jurorId,
    severity: difference / cases,
    cases,
  }));
  const floor = SEVERITY_MIN_SHARE * (scale.max - scale.min);
  return severities
    .map((entry) => {
      const others = severities.filter((other) => other.jurorId !== entry.jurorId).map((other) => other.severity);
      const limit = Math.max(floor, 2 * (others.length ? standardDeviation(others) : 0));
      return { ...entry, outlier: entry.cases >= SEVERITY_MIN_CASES && Math.abs(entry.severity) > limit };
    })
    .sort((a, b) => a.severity - b.severity || a.jurorId.localeCompare(b.jurorId));
}

/** Two-sided 95 % Student t quantiles for 1–30 degrees of freedom. */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
  2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** t₀.₉₇₅ for `df` degrees of freedom; beyond the table 1.96 + 2.4/df (within 0.002 of the exact value). */
export function tQuantile975(df: number): number {
  return df <= T_975.length ? T_975[df - 1]! : 1.96 + 2.4 / df;
}

export type CaseInterval = {
  caseId: number;
  rank: number | null;
  /** The case's score under the chosen method. */
  score: number;
  sheetCount: number;
  /** Mean of the per-sheet values the method uses (normalised totals under normalisation, else raw). */
  mean: number;
  /** Standard error of that mean (sample SD / √m); null with one sheet. */
  standardError: number | null;
  /** The t-based 95 % interval of the mean; null with one sheet. */
  low: number | null;
  high: number | null;
  /** The lowest and highest juror's value. */
  min: number;
  max: number;
};

export type Margin = {
  /** The places compared: 1–2, 2–3, or the finalist cut N / N+1. */
  upper: number;
  lower: number;
  kind: "podium" | "cut";
  upperCaseId: number;
  lowerCaseId: number;
  gap: number;
  /** √(SE_upper² + SE_lower²): the standard error of the difference; null when a case has one sheet. */
  combinedError: number | null;
  /** Gap below one standard error of the difference: a difference the jury's spread easily erases. */
  photoFinish: boolean | null;
  /** The two 95 % intervals overlap: the order is not established at the usual level. */
  intervalsOverlap: boolean | null;
};

export type StabilityEntry = {
  caseId: number;
  rank: number | null;
  /** Best and worst rank over the full ranking and every ranking without one juror. */
  best: number | null;
  worst: number | null;
};

export type DecisiveJuror = { jurorId: string; winnerChanges: boolean; finalistsChange: boolean; winnerIds: number[] };

export type WeightShift = {
  step: StepKey;
  /** +10 or −10 percentage points. */
  shift: number;
  /** The three weights as percentages after the shift (the others scaled to keep the sum at 100). */
  percentages: StepWeights;
  winnerChanges: boolean;
  podiumChanges: boolean;
  winnerIds: number[];
};

export type CategoryConfidence = {
  categoryId: number;
  finalists: number;
  winnerIds: number[];
  finalistIds: number[];
  intervals: CaseInterval[];
  margins: Margin[];
  stability: StabilityEntry[];
  /** Jurors whose absence changes the winner or the finalists; empty when no one's does. */
  decisiveJurors: DecisiveJuror[];
  /** Jurors left out one at a time (those with a sheet in the category). */
  jurorsTried: number;
  weightShifts: WeightShift[];
};

export type ConfidenceInput = {
  /** The cases to rank: one category or several; each category is looked at on its own. */
  cases: readonly RankableCase[];
  /** Final sheets; those of cases outside `cases` count only toward normalisation. */
  sheets: readonly FinalSheet[];
  options: RankingOptions;
  finalists?: number;
};

const rankCases = (input: ConfidenceInput, sheets: readonly FinalSheet[]) =>
  rankCompetitionByMethods(input.cases, sheets, input.options, []);

/**
 * The finalists as publishing picks them: the cases short of sheets in the full ranking stay out (no
 * override is assumed). It is the full ranking's shortfall, not the re-ranked one's, that counts: a
 * ranking without one juror is one sheet short nearly everywhere, and the question is only who would
 * lead among the same eligible cases.
 */
const finalistsOf = (ranked: readonly RankedCase[], count: number, short: ReadonlySet<number>) =>
  selectFinalists(
    ranked.filter((entry) => !short.has(entry.caseId)),
    count,
    { minSheets: 0 },
  );

/** The winner as publishing picks it: the best-placed finalist, so never a case short of sheets. */
const winnersOf = (ranked: readonly RankedCase[], short: ReadonlySet<number>) =>
  selectWinners(ranked, finalistsOf(ranked, 1, short));

const sameSet = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/** The podium's cases in order, as "case:rank" so a swap within the podium counts as a change. */
const podiumOf = (ranked: readonly RankedCase[], short: ReadonlySet<number>) => {
  const podium = new Set(finalistsOf(ranked, 3, short));
  return ranked
    .filter((entry) => podium.has(entry.caseId))
    .map((entry) => `${entry.caseId}:${entry.rank}`)
    .join();
};

/**
 * Each case's interval over its own sheets. A t-based interval of the mean, not a bootstrap: with
 * three to five sheets a bootstrap has at most 126 distinct resamples and its spread uses m, not
 * m − 1, so it understates the noise exactly where it matters; the t interval is exact for normal
 * errors, needs no random numbers (the page reads the same on every load, and tests by hand), and
 * costs one pass.
 */
function caseIntervals(ranked: readonly RankedCase[], input: ConfidenceInput): CaseInterval[] {
  const scoped = new Set(ranked.map((entry) => entry.caseId));
  const totals = input.sheets.map((sheet) => weightedTotal(sheet.scores, sheet.weights));
  const values =
    input.options.method === "normalised"
      ? normalisedTotals(input.sheets.map((sheet, index) => ({ jurorId: sheet.jurorId, total: totals[index]! })))
      : totals;
  const byCase = new Map<number, number[]>();
  input.sheets.forEach((sheet, index) => {
    if (!scoped.has(sheet.caseId)) return;
    const own = byCase.get(sheet.caseId);
    if (own) own.push(values[index]!);
    else byCase.set(sheet.caseId, [values[index]!]);
  });
  return ranked.flatMap((entry) => {
    const own = byCase.get(entry.caseId);
    if (!own || entry.score === null) return [];
    const m = own.length;
    const mean = sum(own) / m;
    let squares = 0;
    for (const value of own) squares += (value - mean) ** 2;
    const standardError = m > 1 ? Math.sqrt(squares / (m - 1) / m) : null;
    const half = standardError === null ? null : tQuantile975(m - 1) * standardError;
    return [
      {
        caseId: entry.caseId,
        rank: entry.rank,
        score: entry.score,
        sheetCount: m,
        mean,
        standardError,
        low: half === null ? null : mean - half,
        high: half === null ? null : mean + half,
        min: Math.min(...own),
        max: Math.max(...own),
      },
    ];
  });
}

/** The margins at places 1–2 and 2–3, and at the finalist cut N / N+1 when that is further down. */
function margins(intervals: readonly CaseInterval[], finalists: number, minSheets: number): Margin[] {
  // Ranked order already; shared places compare the first case at each place. Cases short of
  // sheets take no place on the podium (ADR 0030), so the margins are between those that can.
  const ordered = intervals.filter((entry) => entry.rank !== null && !isShortOfSheets(entry, minSheets));
  const pairs: { upper: number; kind: Margin["kind"] }[] = [
    { upper: 1, kind: "podium" },
    { upper: 2, kind: "podium" },
  ];
  if (finalists >= 3) pairs.push({ upper: finalists, kind: "cut" });
  return pairs.flatMap(({ upper, kind }) => {
    const above = ordered[upper - 1];
    const below = ordered[upper];
    if (!above || !below) return [];
    const gap = above.score - below.score;
    const combinedError =
      above.standardError === null || below.standardError === null
        ? null
        : Math.sqrt(above.standardError ** 2 + below.standardError ** 2);
    const overlap = above.low === null || below.high === null ? null : above.low <= below.high + EPSILON;
    return [
      {
        upper,
        lower: upper + 1,
        kind,
        upperCaseId: above.caseId,
        lowerCaseId: below.caseId,
        gap,
        combinedError,
        photoFinish: combinedError === null ? null : gap < combinedError - EPSILON,
        intervalsOverlap: overlap,
      },
    ];
  });
}

/**
 * The ranking without one juror's sheets. Under normalisation a juror's absence moves the whole
 * round's scale, so the round is ranked again. Every other method scores a case from its own sheets
 * alone: only the cases the juror scored are computed again (`rankCompetitionByMethods` on their
 * remaining sheets), and the category is re-ranked from those and the others' figures with
 * `rankEntries`, as a finalise does (ranking.server.ts). Same ranks, a fraction of the work: a
 * hundred jurors times every case of a category would otherwise be a second's work at 2,000 cases.
 */
export function rankingWithout(
  input: ConfidenceInput,
  base: readonly RankedCaseByMethods[],
  sheetsByCase: ReadonlyMap<number, readonly FinalSheet[]>,
  jurorId: string,
  /** The cases of `input.cases` the juror scored. */
  affected: readonly RankableCase[],
): RankedCaseByMethods[] {
  const { method } = input.options;
  if (method === "normalised") {
    return rankCases(
      input,
      input.sheets.filter((sheet) => sheet.jurorId !== jurorId),
    );
  }
  const remaining = affected.flatMap((item) =>
    sheetsByCase.get(item.caseId)!.filter((sheet) => sheet.jurorId !== jurorId),
  );
  const changed = new Map(rankCases({ ...input, cases: affected }, remaining).map((entry) => [entry.caseId, entry]));
  // rankEntries writes the places into the entries it is given: the base ranking gets copies.
  const entries = base.map(
    (entry) => changed.get(entry.caseId) ?? { ...entry, byMethod: { [method]: { ...entry.byMethod[method]! } } },
  );
  return rankEntries(entries, method, [method]);
}

/** Every juror with a sheet in the scope left out in turn, and ranked again with the chosen method. */
function stability(
  input: ConfidenceInput,
  ranked: readonly RankedCaseByMethods[],
  finalists: number,
  short: ReadonlySet<number>,
) {
  const sheetsByCase = groupBy(input.sheets, (sheet) => sheet.caseId);
  const casesByJuror = new Map<string, RankableCase[]>();
  for (const item of input.cases) {
    for (const sheet of sheetsByCase.get(item.caseId) ?? []) {
      const own = casesByJuror.get(sheet.jurorId);
      if (own) own.push(item);
      else casesByJuror.set(sheet.jurorId, [item]);
    }
  }
  const jurors = [...casesByJuror.keys()].sort();
  const winners = winnersOf(ranked, short);
  const finalistIds = finalistsOf(ranked, finalists, short);
  const range = new Map(ranked.map((entry) => [entry.caseId, { best: entry.rank, worst: entry.rank }]));
  const decisive: DecisiveJuror[] = [];
  for (const jurorId of jurors) {
    const without = rankingWithout(input, ranked, sheetsByCase, jurorId, casesByJuror.get(jurorId)!);
    for (const entry of without) {
      const seen = range.get(entry.caseId)!;
      if (entry.rank === null) continue;
      seen.best = seen.best === null ? entry.rank : Math.min(seen.best, entry.rank);
      seen.worst = seen.worst === null ? entry.rank : Math.max(seen.worst, entry.rank);
    }
    const winnerIds = winnersOf(without, short);
    const winnerChanges = !sameSet(winners, winnerIds);
    const finalistsChange = !sameSet(finalistIds, finalistsOf(without, finalists, short));
    if (winnerChanges || finalistsChange) decisive.push({ jurorId, winnerChanges, finalistsChange, winnerIds });
  }
  return {
    jurorsTried: jurors.length,
    decisive,
    entries: ranked.map((entry) => ({ caseId: entry.caseId, rank: entry.rank, ...range.get(entry.caseId)! })),
  };
}

/**
 * `weights` as percentages with `step` moved by `shift` points and the others scaled in proportion so
 * the three still add up to 100; null when the step would leave (0, 100), which no weight may.
 */
export function shiftedWeights(weights: StepWeights, step: StepKey, shift: number): StepWeights | null {
  const total = sum(STEP_KEYS.map((key) => weights[key]));
  const current = (weights[step] * 100) / total;
  const moved = current + shift;
  if (moved <= EPSILON || moved >= 100 - EPSILON) return null;
  const scale = (100 - moved) / (100 - current);
  return Object.fromEntries(
    STEP_KEYS.map((key) => [key, key === step ? moved : ((weights[key] * 100) / total) * scale]),
  ) as StepWeights;
}

/** Each step's weight moved ±10 points in the one category, and the category ranked again. */
function weightSensitivity(
  input: ConfidenceInput,
  ranked: readonly RankedCase[],
  categoryId: number,
  short: ReadonlySet<number>,
): WeightShift[] {
  const scoped = new Set(input.cases.map((entry) => entry.caseId));
  const base = input.sheets.find((sheet) => scoped.has(sheet.caseId))?.weights;
  if (!base) return [];
  const winners = winnersOf(ranked, short);
  const podium = podiumOf(ranked, short);
  return STEP_KEYS.flatMap((step) =>
    [-WEIGHT_SHIFT_POINTS, WEIGHT_SHIFT_POINTS].flatMap((shift) => {
      const percentages = shiftedWeights(base, step, shift);
      if (!percentages) return [];
      // Only this category's weights move; the others' sheets stay for normalisation.
      const moved = input.sheets.map((sheet) =>
        scoped.has(sheet.caseId) ? { ...sheet, weights: percentages } : sheet,
      );
      const again = rankCases(input, moved).filter((entry) => entry.categoryId === categoryId);
      const winnerIds = winnersOf(again, short);
      return [
        {
          step,
          shift,
          percentages,
          winnerChanges: !sameSet(winners, winnerIds),
          podiumChanges: podiumOf(again, short) !== podium,
          winnerIds,
        },
      ];
    }),
  );
}

/**
 * The whole confidence picture of one category: `input.cases` must all be of `categoryId` (the
 * ranking is per category, so stability, margins and weights are too).
 */
export function categoryConfidence(whole: ConfidenceInput, categoryId: number): CategoryConfidence {
  const finalists = whole.finalists ?? DEFAULT_FINALISTS;
  // Only normalisation looks past the category; every other method needs just its own sheets, and
  // every juror left out and every weight moved re-ranks them again.
  const scoped = new Set(whole.cases.map((entry) => entry.caseId));
  const input =
    whole.options.method === "normalised"
      ? whole
      : { ...whole, sheets: whole.sheets.filter((sheet) => scoped.has(sheet.caseId)) };
  const ranked = rankCases(input, input.sheets);
  const short = new Set(ranked.filter((entry) => entry.tooFewSheets).map((entry) => entry.caseId));
  const intervals = caseIntervals(ranked, input);
  const stable = stability(input, ranked, finalists, short);
  return {
    categoryId,
    finalists,
    winnerIds: winnersOf(ranked, short),
    finalistIds: finalistsOf(ranked, finalists, short),
    intervals,
    margins: margins(intervals, finalists, input.options.minSheets),
    stability: stable.entries,
    decisiveJurors: stable.decisive,
    jurorsTried: stable.jurorsTried,
    weightShifts: weightSensitivity(input, ranked, categoryId, short),
  };
}

export type VerdictConfidence = {
  agreement: Agreement;
  severity: JurorSeverity[];
  categories: CategoryConfidence[];
};

/**
 * Agreement and severity over every sheet of `input.cases`, and each category's own picture:
 * what the published snapshot keeps and the bench times.
 */
export function verdictConfidence(input: ConfidenceInput): VerdictConfidence {
  const scoped = new Set(input.cases.map((entry) => entry.caseId));
  const own = input.sheets.filter((sheet) => scoped.has(sheet.caseId));
  return {
    agreement: agreement(own),
    severity: jurorSeverity(own, input.options.scale),
    categories: [...groupBy(input.cases, (entry) => entry.categoryId)].map(([categoryId, cases]) =>
      categoryConfidence({ ...input, cases }, categoryId),
    ),
  };
}

export type Named<T> = T & { name: string };

/**
 * What the chair's "how sure is the ranking?" view words (verdict-confidence-text.server.ts): one
 * category's figures with the whole round's agreement and severity, jurors named, cases by
 * reference. The live ranking page computes it; a published snapshot's view rebuilds it from the
 * stored figures (published-confidence.ts), so both read alike.
 */
export type ConfidenceFigures = {
  method: RankingMethod;
  minSheets: number;
  scale: RankingOptions["scale"];
  cases: Record<number, { reference: string; title: string }>;
  competition: { agreement: Agreement; severity: Named<JurorSeverity>[] };
  category: Omit<CategoryConfidence, "decisiveJurors"> & {
    agreement: Agreement;
    severity: Named<JurorSeverity>[];
    decisiveJurors: Named<DecisiveJuror>[];
  };
};
