import { describe, expect, it } from "vitest";
import { rankCompetitionByMethods, type FinalSheet, type RankingMethod } from "#app/domain/ranking.ts";
import type { StepWeights } from "#app/domain/step-weights.ts";
import {
  agreement,
  categoryConfidence,
  intervalAlpha,
  jurorSeverity,
  rankingWithout,
  shiftedWeights,
  verdictConfidence,
} from "#app/domain/verdict-confidence.ts";

const DEFAULT: StepWeights = { promise: 30, anchoring: 30, realisation: 40 };
const SCALE = { min: 1, max: 10 };

function sheet(caseId: number, jurorId: string, scores: [number, number, number], weights = DEFAULT): FinalSheet {
  return { caseId, jurorId, scores: { promise: scores[0], anchoring: scores[1], realisation: scores[2] }, weights };
}
/** Every step the same score, so the total is that score under any weights. */
const flat = (caseId: number, jurorId: string, score: number) => sheet(caseId, jurorId, [score, score, score]);

const options = (method: RankingMethod = "mean", minSheets = 1) => ({ method, minSheets, scale: SCALE });
const inOne = (...caseIds: number[]) => caseIds.map((caseId) => ({ caseId, categoryId: 1 }));

describe("Krippendorff's alpha, interval metric", () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
  // twelve units, missing values ("."). Columns are units; unit 12 has one value and is dropped.
  //   A: 1 2 3 3 2 1 4 1 2 . . .
  //   B: 1 2 3 3 2 2 4 1 2 5 . 3
  //   C: . 3 3 3 2 3 4 2 2 5 1 .
  //   D: 1 2 3 3 2 4 4 1 2 5 1 .
  // Published: interval α = 0.849 (nominal 0.743), n = 40 pairable values in 11 units.
  const rows = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
    [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
  ];
  const units = rows[0]!.map((_, unit) =>
    rows.map((row) => row[unit]).filter((value): value is number => value !== null),
  );

  it("matches the published worked example with missing values to three decimals", () => {
    const result = intervalAlpha(units);
    expect(result.alpha!.toFixed(3)).toBe("0.849");
    expect(result.values).toBe(40);
    expect(result.units).toBe(11);
    expect(result.reading).toBe("good");
  });

  it("reads the coders' sheets the same way, jurors as coders and cases as units", () => {
    const sheets = rows.flatMap((row, coder) =>
      row.flatMap((value, unit) => (value === null ? [] : [flat(unit + 1, `coder-${coder}`, value)])),
    );
    const result = agreement(sheets);
    expect(result.total.alpha!.toFixed(3)).toBe("0.849");
    // Flat sheets: every step carries the same values, so each step's alpha is the same.
    expect(result.perStep.realisation.alpha!.toFixed(3)).toBe("0.849");
  });

  it("is 1 for perfect agreement, and not computed without variation or without two pairable cases", () => {
    expect(
      intervalAlpha([
        [1, 1],
        [5, 5, 5],
      ]).alpha,
    ).toBe(1);
    expect(
      intervalAlpha([
        [3, 3],
        [3, 3],
      ]),
    ).toMatchObject({ alpha: null, reading: "insufficient" });
    expect(intervalAlpha([[1, 5], [4]])).toMatchObject({ alpha: null, units: 1, reading: "insufficient" });
  });

  it("reads weak agreement below 0.667 and moderate from there", () => {
    // Two cases, two jurors each: (1, 3) and (3, 1). D_o = 1/4·(2·4 + 2·4) = 4;
    // D_e over 1, 3, 3, 1: 8 ordered pairs of distance² 4 → 32/(4·3) = 8/3; α = 1 − 4/(8/3) = −0.5.
    expect(
      intervalAlpha([
        [1, 3],
        [3, 1],
      ]),
    ).toMatchObject({ alpha: -0.5, reading: "weak" });
  });
});

describe("juror severity", () => {
  // Four jurors, three cases, flat scores:
  //   case 1: A 7, B 7, C 8, D 4   case 2: A 8, B 8, C 7, D 5   case 3: A 6, B 7, C 6, D 3
  // A: (7 − 19/3) + (8 − 20/3) + (6 − 16/3) = 2/3 + 4/3 + 2/3 → 8/9
  // B: 2/3 + 4/3 + (7 − 15/3 = 2) → 4/3;  C: (8 − 6) + 0 + 2/3 → 8/9
  // D: (4 − 22/3) + (5 − 23/3) + (3 − 19/3) = −10/3 − 8/3 − 10/3 → −28/9
  // D's others: 8/9, 4/3, 8/9, population SD 0.210 → limit max(0.42, 0.9) = 0.9 < 3.11: flagged.
  // B's others include D: SD 1.886 → limit 3.77 > 1.33: not flagged.
  const sheets = [
    [7, 7, 8, 4],
    [8, 8, 7, 5],
    [6, 7, 6, 3],
  ].flatMap((scores, index) => scores.map((score, juror) => flat(index + 1, "ABCD"[juror]!, score)));

  it("is each juror's mean difference from the others on the same cases, the harsh one flagged", () => {
    const severity = jurorSeverity(sheets, SCALE);
    expect(severity.map((entry) => entry.jurorId)).toEqual(["D", "A", "C", "B"]);
    const of = (jurorId: string) => severity.find((entry) => entry.jurorId === jurorId)!;
    expect(of("A").severity).toBeCloseTo(8 / 9, 10);
    expect(of("B").severity).toBeCloseTo(4 / 3, 10);
    expect(of("C").severity).toBeCloseTo(8 / 9, 10);
    expect(of("D").severity).toBeCloseTo(-28 / 9, 10);
    expect(severity.every((entry) => entry.cases === 3)).toBe(true);
    expect(severity.filter((entry) => entry.outlier).map((entry) => entry.jurorId)).toEqual(["D"]);
  });

  it("skips cases a juror scored alone and flags no one on fewer than three shared cases", () => {
    const severity = jurorSeverity([...sheets.filter((item) => item.caseId !== 3), flat(9, "E", 10)], SCALE);
    expect(severity.find((entry) => entry.jurorId === "E")).toBeUndefined();
    expect(severity.find((entry) => entry.jurorId === "D")).toMatchObject({ cases: 2, outlier: false });
  });
});

describe("rank stability without one juror", () => {
  // X: A 10, B 6, C 6 → 22/3 = 7.33;  Y: 7, 7, 7 → 7;  Z: 5, 5, 5 → 5. Places X, Y, Z.
  // Without A: X 6, Y 7 → Y wins. Without B or C: X 8 → X still wins. Only A decides the winner;
  // with two finalists {X, Y} stays the same set whoever is left out.
  const sheets = [
    ...[10, 6, 6].map((score, juror) => flat(1, "ABC"[juror]!, score)),
    ...[7, 7, 7].map((score, juror) => flat(2, "ABC"[juror]!, score)),
    ...[5, 5, 5].map((score, juror) => flat(3, "ABC"[juror]!, score)),
  ];

  it("names the juror whose absence changes the winner, and gives each case its best and worst place", () => {
    const result = categoryConfidence({ cases: inOne(1, 2, 3), sheets, options: options(), finalists: 2 }, 1);
    expect(result.winnerIds).toEqual([1]);
    expect(result.jurorsTried).toBe(3);
    expect(result.decisiveJurors).toEqual([
      { jurorId: "A", winnerChanges: true, finalistsChange: false, winnerIds: [2] },
    ]);
    expect(result.stability).toEqual([
      { caseId: 1, rank: 1, best: 1, worst: 2 },
      { caseId: 2, rank: 2, best: 1, worst: 2 },
      { caseId: 3, rank: 3, best: 3, worst: 3 },
    ]);
  });

  it("reports the finalists changing when one juror lifts the third case into them", () => {
    // One finalist: without A the single finalist is Y instead of X.
    const result = categoryConfidence({ cases: inOne(1, 2, 3), sheets, options: options(), finalists: 1 }, 1);
    expect(result.decisiveJurors).toEqual([
      { jurorId: "A", winnerChanges: true, finalistsChange: true, winnerIds: [2] },
    ]);
  });

  it("keeps a case with enough sheets eligible when a juror is left out (three jurors, minimum three)", () => {
    // Without any one juror every case has two sheets, below the minimum; were that to count, every
    // juror would "change the winner" to nobody. Eligibility is the full round's: only A decides.
    const result = categoryConfidence({ cases: inOne(1, 2, 3), sheets, options: options("mean", 3), finalists: 2 }, 1);
    expect(result.decisiveJurors).toEqual([
      { jurorId: "A", winnerChanges: true, finalistsChange: false, winnerIds: [2] },
    ]);
  });

  it("finds no decisive juror when the jurors agree", () => {
    const calm = [1, 2, 3].flatMap((caseId) => ["A", "B", "C"].map((juror) => flat(caseId, juror, 10 - caseId)));
    const result = categoryConfidence({ cases: inOne(1, 2, 3), sheets: calm, options: options() }, 1);
    expect(result.decisiveJurors).toEqual([]);
  });
});

describe("uncertainty and photo finishes", () => {
  // Case 1: 8, 9, 10 → mean 9, sample SD 1, SE 1/√3 = 0.577, t(2) = 4.303 → 9 ± 2.484.
  // Case 2: 7, 9, 10 → mean 8.667, sample SD 1.528, SE 0.882.
  // Case 3: 7, 7, 7 → 7, SE 0.
  // 1–2: gap 0.333 < √(0.577² + 0.882²) = 1.054 → photo finish.
  // 2–3: gap 1.667 > √(0.882² + 0) = 0.882 → no photo finish, though the intervals overlap (8.667 − 3.795 < 7).
  const sheets = [
    [8, 9, 10],
    [7, 9, 10],
    [7, 7, 7],
  ].flatMap((scores, index) => scores.map((score, juror) => flat(index + 1, "ABC"[juror]!, score)));
  const result = categoryConfidence({ cases: inOne(1, 2, 3), sheets, options: options() }, 1);

  it("gives each case a t-based 95 % interval of its mean and the range of its jurors' totals", () => {
    const [first, second, third] = result.intervals;
    expect(first).toMatchObject({ caseId: 1, rank: 1, sheetCount: 3, mean: 9, min: 8, max: 10 });
    expect(first!.standardError).toBeCloseTo(1 / Math.sqrt(3), 10);
    expect(first!.low).toBeCloseTo(9 - 4.303 / Math.sqrt(3), 10);
    expect(first!.high).toBeCloseTo(9 + 4.303 / Math.sqrt(3), 10);
    expect(second!.standardError).toBeCloseTo(Math.sqrt(7 / 3 / 3), 10);
    expect(third).toMatchObject({ caseId: 3, standardError: 0, low: 7, high: 7 });
  });

  it("calls a gap under the combined standard error a photo finish", () => {
    expect(
      result.margins.map(({ upper, lower, photoFinish, intervalsOverlap }) => ({
        upper,
        lower,
        photoFinish,
        intervalsOverlap,
      })),
    ).toEqual([
      { upper: 1, lower: 2, photoFinish: true, intervalsOverlap: true },
      { upper: 2, lower: 3, photoFinish: false, intervalsOverlap: true },
    ]);
    expect(result.margins[0]!.gap).toBeCloseTo(1 / 3, 10);
    expect(result.margins[0]!.combinedError).toBeCloseTo(Math.sqrt(1 / 3 + 7 / 9), 10);
  });

  it("cannot judge a margin when a case rests on one sheet", () => {
    const single = categoryConfidence(
      { cases: inOne(1, 2), sheets: [flat(1, "A", 9), flat(2, "A", 8)], options: options() },
      1,
    );
    expect(single.margins[0]).toMatchObject({ combinedError: null, photoFinish: null, intervalsOverlap: null });
    expect(single.intervals[0]).toMatchObject({ standardError: null, low: null, high: null, min: 9, max: 9 });
  });
});

describe("weight sensitivity", () => {
  // One juror; weights 30/30/40. P (10, 5, 5) = 6.5; Q (5, 7, 7) = 6.4. P wins.
  //   promise −10 → 20/34.29/45.71: P 6.00, Q 6.60 → Q wins
  //   promise +10 → 40/25.71/34.29: P 7.00, Q 6.20
  //   anchoring −10 → 34.29/20/45.71: P 6.71, Q 6.31
  //   anchoring +10 → 25.71/40/34.29: P 6.29, Q 6.49 → Q wins
  //   realisation −10 → 35/35/30: P 6.75, Q 6.30
  //   realisation +10 → 25/25/50: P 6.25, Q 6.50 → Q wins
  const sheets = [sheet(1, "A", [10, 5, 5]), sheet(2, "A", [5, 7, 7])];

  it("moves one step by ten points and scales the others so the three make 100", () => {
    const moved = shiftedWeights(DEFAULT, "promise", -10)!;
    expect(moved.promise).toBeCloseTo(20, 10);
    expect(moved.anchoring).toBeCloseTo(240 / 7, 10);
    expect(moved.realisation).toBeCloseTo(320 / 7, 10);
    expect(shiftedWeights({ promise: 5, anchoring: 50, realisation: 45 }, "promise", -10)).toBeNull();
  });

  it("says which shifts change the winner", () => {
    const result = categoryConfidence({ cases: inOne(1, 2), sheets, options: options() }, 1);
    expect(result.weightShifts.map(({ step, shift, winnerChanges }) => [step, shift, winnerChanges])).toEqual([
      ["promise", -10, true],
      ["promise", 10, false],
      ["anchoring", -10, false],
      ["anchoring", 10, true],
      ["realisation", -10, false],
      ["realisation", 10, true],
    ]);
    expect(result.weightShifts[0]).toMatchObject({ podiumChanges: true, winnerIds: [2] });
  });
});

describe("cases short of sheets", () => {
  it("keeps a case with one sheet at 10 off the podium it would otherwise lead, and out of the margins", () => {
    // Minimum three sheets: S (one sheet, 10) ranks first ahead of T (8, 8, 8), U (6, 6, 6) and
    // V (4, 4, 4), but the winner and the two finalists are the fully scored T and U.
    const sheets = [
      flat(1, "A", 10),
      ...["A", "B", "C"].flatMap((juror) => [flat(2, juror, 8), flat(3, juror, 6), flat(4, juror, 4)]),
    ];
    const result = categoryConfidence(
      { cases: inOne(1, 2, 3, 4), sheets, options: options("mean", 3), finalists: 2 },
      1,
    );
    expect(result.stability.find((entry) => entry.caseId === 1)?.rank).toBe(1);
    expect(result.winnerIds).toEqual([2]);
    expect(result.finalistIds).toEqual([2, 3]);
    expect(result.margins.map((margin) => [margin.upperCaseId, margin.lowerCaseId])).toEqual([
      [2, 3],
      [3, 4],
    ]);
  });
});

describe("the whole competition", () => {
  it("gives one agreement and severity over every category and each category's own picture", () => {
    const sheets = [
      ...["A", "B"].flatMap((juror, index) => [flat(1, juror, 8 + index), flat(2, juror, 5 + index)]),
      ...["A", "B"].flatMap((juror, index) => [flat(3, juror, 7 + index), flat(4, juror, 4 + index)]),
    ];
    const cases = [...inOne(1, 2), { caseId: 3, categoryId: 2 }, { caseId: 4, categoryId: 2 }];
    const result = verdictConfidence({ cases, sheets, options: options("normalised") });
    expect(result.categories.map((category) => [category.categoryId, category.winnerIds])).toEqual([
      [1, [1]],
      [2, [3]],
    ]);
    // B is one point above A on every case.
    expect(result.severity.map((entry) => [entry.jurorId, entry.severity])).toEqual([
      ["A", -1],
      ["B", 1],
    ]);
    expect(result.agreement.total.units).toBe(4);
  });
});

describe("the ranking without one juror, computed from the cases that juror scored", () => {
  it("equals ranking every case again, under every method", async () => {
    const { syntheticCompetition } = await import("#tests/bench/confidence.ts");
    const { cases, sheets } = syntheticCompetition(120, 12, 2);
    const sheetsByCase = new Map<number, FinalSheet[]>();
    for (const item of sheets) sheetsByCase.set(item.caseId, [...(sheetsByCase.get(item.caseId) ?? []), item]);
    for (const method of ["mean", "median", "trimmed", "normalised"] as const) {
      const input = { cases, sheets, options: options(method, 3) };
      const base = rankCompetitionByMethods(cases, sheets, input.options, []);
      for (const jurorId of ["juror-0", "juror-5", "juror-11"]) {
        const scored = cases.filter((item) => sheetsByCase.get(item.caseId)!.some((own) => own.jurorId === jurorId));
        const quick = rankingWithout(input, base, sheetsByCase, jurorId, scored);
        const full = rankCompetitionByMethods(
          cases,
          sheets.filter((own) => own.jurorId !== jurorId),
          input.options,
          [],
        );
        expect(quick.map((entry) => [entry.caseId, entry.rank, entry.score])).toEqual(
          full.map((entry) => [entry.caseId, entry.rank, entry.score]),
        );
      }
    }
  });
});
