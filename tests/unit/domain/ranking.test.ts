import { describe, expect, it } from "vitest";
import { normalisedTotals, rankCompetition, type FinalSheet, type RankingMethod } from "#app/domain/ranking.ts";
import type { StepWeights } from "#app/domain/step-weights.ts";

const DEFAULT: StepWeights = { promise: 30, anchoring: 30, realisation: 40 };
const SCALE = { min: 1, max: 10 };

function sheet(caseId: number, jurorId: string, scores: [number, number, number], weights = DEFAULT): FinalSheet {
  return { caseId, jurorId, scores: { promise: scores[0], anchoring: scores[1], realisation: scores[2] }, weights };
}

/** A sheet whose three steps all have the same score, so its total is that score under any weights. */
const flat = (caseId: number, jurorId: string, score: number) => sheet(caseId, jurorId, [score, score, score]);

function rank(
  cases: number[],
  sheets: FinalSheet[],
  method: RankingMethod = "mean",
  minSheets = 1,
  categoryOf = (_caseId: number) => 1,
) {
  return rankCompetition(
    cases.map((caseId) => ({ caseId, categoryId: categoryOf(caseId) })),
    sheets,
    { method, minSheets, scale: SCALE },
  );
}

const ranksOf = (ranked: ReturnType<typeof rank>) => ranked.map((entry) => [entry.caseId, entry.rank]);

describe("the ranking, against tables worked out by hand", () => {
  it("uses each category's weights for the jurors' totals and ranks by their mean", () => {
    // Case 1: 0.3·8+0.3·6+0.4·7 = 7.0, 6.0, 0.3·9+0.3·8+0.4·10 = 9.1 → mean 22.1/3 = 7.3667
    // Case 2: 5, 7, 6 → mean 6
    const ranked = rank(
      [1, 2],
      [
        sheet(1, "a", [8, 6, 7]),
        flat(1, "b", 6),
        sheet(1, "c", [9, 8, 10]),
        flat(2, "a", 5),
        flat(2, "b", 7),
        flat(2, "c", 6),
      ],
    );
    expect(ranksOf(ranked)).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(ranked[0]!.score).toBeCloseTo(7.3667, 4);
    expect(ranked[0]!.stepMeans).toEqual({ promise: 23 / 3, anchoring: 20 / 3, realisation: 23 / 3 });
    expect(ranked[1]!.score).toBeCloseTo(6, 10);

    // The same scores weigh differently in a category that puts half on step 1: 4.4 against 6.0.
    const heavyPromise = { promise: 50, anchoring: 25, realisation: 25 };
    const [first, second] = rank(
      [1, 2],
      [sheet(1, "a", [10, 2, 2]), sheet(2, "a", [10, 2, 2], heavyPromise)],
      "mean",
      1,
      () => 1,
    );
    expect(first!.caseId).toBe(2);
    expect(first!.score).toBeCloseTo(6.0, 10);
    expect(second!.score).toBeCloseTo(4.4, 10);
  });

  it("takes the median, and the trimmed mean only from five sheets on", () => {
    const five = [2, 6, 7, 8, 10].map((score, index) => flat(1, `j${index}`, score));
    expect(rank([1], five, "mean")[0]!.score).toBeCloseTo(6.6, 10);
    expect(rank([1], five, "median")[0]!.score).toBe(7);
    expect(rank([1], five, "trimmed")[0]!.score).toBeCloseTo(7, 10); // (6+7+8)/3

    const four = [2, 6, 7, 10].map((score, index) => flat(1, `j${index}`, score));
    expect(rank([1], four, "median")[0]!.score).toBe(6.5);
    expect(rank([1], four, "trimmed")[0]!.score).toBeCloseTo(6.25, 10); // too few to trim: the mean
  });

  it("normalises per juror: a harsh and a lenient juror on different cases are put on one footing", () => {
    // h scores A=6, C=4 (mean 5, sd 1); l scores B=8, D=10 (mean 9, sd 1). All totals: mean 7, sd √5.
    // Normalised: A and D = 7+√5 = 9.236, B and C = 7−√5 = 4.764. Ties go to the higher step-3 mean.
    const [A, B, C, D] = [1, 2, 3, 4];
    const sheets = [flat(A, "h", 6), flat(C, "h", 4), flat(B, "l", 8), flat(D, "l", 10)];
    expect(ranksOf(rank([A, B, C, D], sheets, "mean"))).toEqual([
      [D, 1],
      [B, 2],
      [A, 3],
      [C, 4],
    ]);
    const normalised = rank([A, B, C, D], sheets, "normalised");
    expect(ranksOf(normalised)).toEqual([
      [D, 1],
      [A, 2],
      [B, 3],
      [C, 4],
    ]);
    const byCase = new Map(normalised.map((entry) => [entry.caseId, entry]));
    expect(byCase.get(A)!.score).toBeCloseTo(7 + Math.sqrt(5), 10);
    expect(byCase.get(A)!.rawMean).toBe(6);
    expect(byCase.get(C)!.score).toBeCloseTo(7 - Math.sqrt(5), 10);
  });

  it("leaves a juror with one sheet, or with no spread, on raw totals", () => {
    // h: 4 and 6 (mean 5, sd 1); s: one sheet of 5. All: mean 5, sd √(2/3).
    expect(
      normalisedTotals([
        { jurorId: "h", total: 4 },
        { jurorId: "h", total: 6 },
        { jurorId: "s", total: 5 },
      ]).map((value) => value.toFixed(6)),
    ).toEqual([5 - Math.sqrt(2 / 3), 5 + Math.sqrt(2 / 3), 5].map((value) => value.toFixed(6)));
    expect(
      normalisedTotals([
        { jurorId: "same", total: 6 },
        { jurorId: "same", total: 6 },
        { jurorId: "x", total: 2 },
        { jurorId: "x", total: 9 },
      ])[0],
    ).toBe(6);
  });

  it("breaks ties on step 3, then step 1, then step 2, and shares a rank only when all are equal (1, 1, 3)", () => {
    // All totals 7.0: X (7,7,7); Y (9,9,4) loses on step 3; Z (8,6,7) beats X on step 1 after step 3 ties.
    const tieBreaks = rank([1, 2, 3], [flat(1, "a", 7), sheet(2, "a", [9, 9, 4]), sheet(3, "a", [8, 6, 7])]);
    expect(ranksOf(tieBreaks)).toEqual([
      [3, 1],
      [1, 2],
      [2, 3],
    ]);
    // Step 2 decides when the score and steps 3 and 1 are equal (possible under the median):
    // P totals 5.33, 6.67, 6 and Q 6, 6, 7 both have median 6; step means P (6,6,6), Q (6,7,6).
    const even = { promise: 1, anchoring: 1, realisation: 1 };
    const [P, Q] = [1, 2];
    const stepTwo = rank(
      [P, Q],
      [
        sheet(P, "a", [6, 4, 6], even),
        sheet(P, "b", [6, 8, 6], even),
        sheet(P, "c", [6, 6, 6], even),
        sheet(Q, "a", [6, 6, 6], even),
        sheet(Q, "b", [6, 6, 6], even),
        sheet(Q, "c", [6, 9, 6], even),
      ],
      "median",
    );
    expect(ranksOf(stepTwo)).toEqual([
      [Q, 1],
      [P, 2],
    ]);

    const shared = rank([1, 2, 3], [flat(1, "a", 7), flat(2, "a", 7), flat(3, "a", 5)]);
    expect(ranksOf(shared)).toEqual([
      [1, 1],
      [2, 1],
      [3, 3],
    ]);
  });

  it("ranks each category on its own", () => {
    const ranked = rank(
      [1, 2, 3, 4],
      [flat(1, "a", 9), flat(2, "a", 3), flat(3, "a", 5), flat(4, "a", 8)],
      "mean",
      1,
      (caseId) => (caseId <= 2 ? 1 : 2),
    );
    expect(ranksOf(ranked)).toEqual([
      [1, 1],
      [2, 2],
      [4, 1],
      [3, 2],
    ]);
  });

  it("flags too few sheets and high disagreement, and puts a case without sheets last with no rank", () => {
    const ranked = rank(
      [1, 2, 3],
      [flat(1, "a", 2), flat(1, "b", 10), flat(2, "a", 7), flat(2, "b", 8), flat(2, "c", 8)],
      "mean",
      3,
    );
    const byCase = new Map(ranked.map((entry) => [entry.caseId, entry]));
    expect(byCase.get(1)).toMatchObject({ sheetCount: 2, tooFewSheets: true, highDisagreement: true, spread: 4 });
    expect(byCase.get(2)).toMatchObject({ sheetCount: 3, tooFewSheets: false, highDisagreement: false });
    expect(ranked.at(-1)).toMatchObject({
      caseId: 3,
      rank: null,
      score: null,
      sheetCount: 0,
      tooFewSheets: true,
      highDisagreement: false,
    });
  });
});
