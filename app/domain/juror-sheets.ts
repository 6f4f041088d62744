import type { Scale } from "./scoring.ts";
import type { StepKey } from "./steps.ts";

// A juror's own sheets side by side, and their totals against the jury's (issue 16, calibration):
// the rules, apart from the database.

export const JUROR_SHEET_SORTS = [
  "case",
  "category",
  "promise",
  "anchoring",
  "realisation",
  "total",
  "status",
] as const;
export type JurorSheetSort = (typeof JUROR_SHEET_SORTS)[number];
export type JurorSheetDirection = "asc" | "desc";

export type JurorSheetRow = {
  caseId: number;
  reference: string;
  title: string;
  category: string;
  /** Null under blind judging: the juror never learns the company from this page. */
  organisation: string | null;
  scores: Record<StepKey, number | null>;
  /** The weighted total once every step is scored. */
  total: number | null;
  status: "draft" | "final";
};

const byText = (a: string, b: string) => a.localeCompare(b, "nb");

/**
 * The rows in the asked order; an empty score sorts last either way, and rows that compare equal
 * keep the case order, so the table reads the same on every load.
 */
export function sortJurorSheets(
  rows: readonly JurorSheetRow[],
  sort: JurorSheetSort,
  direction: JurorSheetDirection,
): JurorSheetRow[] {
  const sign = direction === "asc" ? 1 : -1;
  const numeric = (value: (row: JurorSheetRow) => number | null) => (a: JurorSheetRow, b: JurorSheetRow) => {
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (x - y);
  };
  const compare: Record<JurorSheetSort, (a: JurorSheetRow, b: JurorSheetRow) => number> = {
    case: (a, b) => sign * (a.caseId - b.caseId),
    category: (a, b) => sign * byText(a.category, b.category),
    promise: numeric((row) => row.scores.promise),
    anchoring: numeric((row) => row.scores.anchoring),
    realisation: numeric((row) => row.scores.realisation),
    total: numeric((row) => row.total),
    status: (a, b) => sign * byText(a.status, b.status),
  };
  return [...rows].sort((a, b) => compare[sort](a, b) || a.caseId - b.caseId);
}

export type DistributionBin = {
  /** The bin's lower bound; the last bin includes the top of the scale. */
  from: number;
  to: number;
  own: number;
  jury: number;
};

export type TotalsDistribution = {
  bins: DistributionBin[];
  own: { count: number; mean: number | null };
  jury: { count: number; mean: number | null };
};

const mean = (values: readonly number[]) =>
  values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;

/**
 * The juror's totals against the rest of the jury's, in one bin per scale point (a total of 7.4
 * falls in 7–8; the top of the scale in the last bin). Only counts leave here: no other juror's
 * sheet, case or name.
 */
export function totalsDistribution(own: readonly number[], jury: readonly number[], scale: Scale): TotalsDistribution {
  const width = scale.max - scale.min;
  const bins: DistributionBin[] = Array.from({ length: Math.max(width, 1) }, (_, index) => ({
    from: scale.min + index,
    to: scale.min + index + 1,
    own: 0,
    jury: 0,
  }));
  const binOf = (total: number) => bins[Math.min(bins.length - 1, Math.max(0, Math.floor(total - scale.min)))]!;
  for (const total of own) binOf(total).own += 1;
  for (const total of jury) binOf(total).jury += 1;
  return {
    bins,
    own: { count: own.length, mean: mean(own) },
    jury: { count: jury.length, mean: mean(jury) },
  };
}
