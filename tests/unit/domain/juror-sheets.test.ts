import { describe, expect, it } from "vitest";
import { sortJurorSheets, totalsDistribution, type JurorSheetRow } from "#app/domain/juror-sheets.ts";

const row = (caseId: number, category: string, total: number | null, status: "draft" | "final"): JurorSheetRow => ({
  caseId,
  reference: `KSA-2026-000${caseId}`,
  title: `Sak ${caseId}`,
  category,
  organisation: null,
  scores: { promise: total, anchoring: total === null ? null : total - 1, realisation: null },
  total,
  status,
});

const rows = [
  row(3, "Små", 7.4, "final"),
  row(1, "Store", null, "draft"),
  row(2, "Små", 9, "draft"),
  row(4, "Alle", 7.4, "final"),
];
const ids = (sorted: JurorSheetRow[]) => sorted.map((item) => item.caseId);

describe("the juror's own sheets in order", () => {
  it("sorts by case, category, a step, total and status both ways", () => {
    expect(ids(sortJurorSheets(rows, "case", "asc"))).toEqual([1, 2, 3, 4]);
    expect(ids(sortJurorSheets(rows, "case", "desc"))).toEqual([4, 3, 2, 1]);
    expect(ids(sortJurorSheets(rows, "category", "asc"))).toEqual([4, 2, 3, 1]);
    expect(ids(sortJurorSheets(rows, "status", "asc"))).toEqual([1, 2, 3, 4]);
    expect(ids(sortJurorSheets(rows, "anchoring", "desc"))).toEqual([2, 3, 4, 1]);
  });

  it("puts an unfinished total last either way, and breaks ties by case", () => {
    expect(ids(sortJurorSheets(rows, "total", "desc"))).toEqual([2, 3, 4, 1]);
    expect(ids(sortJurorSheets(rows, "total", "asc"))).toEqual([3, 4, 2, 1]);
    expect(ids(sortJurorSheets(rows, "realisation", "asc"))).toEqual([1, 2, 3, 4]);
  });
});

describe("the juror's totals against the jury's", () => {
  it("counts each group per scale point, the top of the scale in the last bin, with the means", () => {
    const result = totalsDistribution([7.4, 9, 10], [1, 5.5, 7, 7.99, 9.2, 10], { min: 1, max: 10 });
    expect(result.bins).toHaveLength(9);
    expect(result.bins[0]).toEqual({ from: 1, to: 2, own: 0, jury: 1 });
    expect(result.bins.find((bin) => bin.from === 7)).toEqual({ from: 7, to: 8, own: 1, jury: 2 });
    expect(result.bins.at(-1)).toEqual({ from: 9, to: 10, own: 2, jury: 2 });
    expect(result.bins.reduce((sum, bin) => sum + bin.own, 0)).toBe(3);
    expect(result.own).toEqual({ count: 3, mean: 26.4 / 3 });
    expect(result.jury.count).toBe(6);
    expect(result.jury.mean).toBeCloseTo(40.69 / 6, 10);
  });

  it("has no mean before there is a total", () => {
    expect(totalsDistribution([], [], { min: 0, max: 5 }).own).toEqual({ count: 0, mean: null });
  });
});
