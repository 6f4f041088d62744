import { describe, expect, it } from "vitest";
import { applyCorrection } from "#app/domain/publication-corrections.server.ts";
import { figuresJurorIds, namedFigures, snapshotConfidence, storedFigures } from "#app/domain/published-confidence.ts";
import { publicResults, type PublicationSnapshot } from "#app/domain/publication.ts";
import type { FinalSheet } from "#app/domain/ranking.ts";
import { oneCategorySnapshot, snapshotCase } from "#tests/support/snapshots.ts";

// Juror ids as the database has them: long and unguessable, so a leak into public data is findable.
const ANNA = "juror-anna-7f3c";
const BJORN = "juror-bjorn-91aa";
const CARI = "juror-cari-0d2e";
const JURORS = [ANNA, BJORN, CARI];

const flat = (caseId: number, jurorId: string, score: number): FinalSheet => ({
  caseId,
  jurorId,
  scores: { promise: score, anchoring: score, realisation: score },
  weights: { promise: 30, anchoring: 30, realisation: 40 },
});

// Worked by hand (as in verdict-confidence.test.ts): case 1 Anna 10, Bjørn 6, Cari 6 → 7.33; case 2 all 7;
// cases 3, 4, 5 all 6, 5, 4. Without Anna case 1 has 6 and shares second place with case 3, so
// case 2 wins and the two finalists become three: she decides both.
const sheets = [
  ...[10, 6, 6].map((score, juror) => flat(1, JURORS[juror]!, score)),
  ...[2, 3, 4, 5].flatMap((caseId) => JURORS.map((juror) => flat(caseId, juror, 9 - caseId))),
];
const cases = [1, 2, 3, 4, 5].map((caseId) => ({ caseId, categoryId: 10 }));
const input = {
  cases,
  sheets,
  options: { method: "mean" as const, minSheets: 2, scale: { min: 1, max: 10 } },
  finalists: 2,
};

/** A snapshot as stored before the figures were kept: no `confidence`, no `showAgreement`. */
const oldSnapshot: PublicationSnapshot = oneCategorySnapshot("finalists", {
  ranking: [1, 2, 3, 4, 5].map((caseId) => snapshotCase(caseId, caseId)),
  finalistIds: [1, 2],
});

const withFigures = (showAgreement: boolean): PublicationSnapshot => ({
  ...oldSnapshot,
  confidence: snapshotConfidence(input, "main", new Map([[10, [1, 2]]])),
  showAgreement,
});

describe("the figures a snapshot keeps", () => {
  const stored = snapshotConfidence(input, "main");
  const [category] = stored.categories;

  it("keeps the decisive juror by id, and per-case detail only for the cases that decide the result", () => {
    expect(stored.round).toBe("main");
    expect(category!.decisiveJurors).toEqual([
      { jurorId: ANNA, winnerChanges: true, finalistsChange: true, winnerIds: [2] },
    ]);
    // Finalists 1 and 2, and case 3 below the 1–2 and 2–3 margins; cases 4 and 5 keep no detail.
    expect(category!.stability.map((entry) => entry.caseId)).toEqual([1, 2, 3]);
    expect(category!.intervals.map((entry) => entry.caseId)).toEqual([1, 2, 3]);
    expect(category!.margins.map((margin) => [margin.upper, margin.lower])).toEqual([
      [1, 2],
      [2, 3],
    ]);
    expect(category!.weightShifts).toHaveLength(6);
  });

  it("keeps agreement over the round and the category, and each juror's severity by id", () => {
    expect(stored.agreement).toEqual(category!.agreement);
    expect(stored.agreement.total.units).toBe(5);
    expect(stored.agreement.total.values).toBe(15);
    expect(stored.severity.map((entry) => entry.jurorId).sort()).toEqual([...JURORS].sort());
  });

  it("rounds the figures to four decimals", () => {
    // Case 1's mean is 22/3.
    expect(category!.intervals[0]!.mean).toBe(7.3333);
    const decimals = JSON.stringify(stored).match(/\d+\.(\d+)/g) ?? [];
    expect(decimals.every((number) => number.split(".")[1]!.length <= 4)).toBe(true);
  });

  it("round-trips through the stored JSON unchanged", () => {
    const snapshot = withFigures(true);
    const read = JSON.parse(JSON.stringify(snapshot)) as PublicationSnapshot;
    expect(read).toEqual(snapshot);
    expect(storedFigures(read)).toEqual(storedFigures(snapshot));
  });
});

describe("the public results", () => {
  it("show the agreement and its method when the chair chose to, and never a juror", () => {
    const results = publicResults(withFigures(true), new Date("2026-11-01T12:00:00Z"));
    const alpha = withFigures(true).confidence!.agreement.total.alpha;
    expect(results.agreement).toEqual({
      alpha,
      reading: withFigures(true).confidence!.agreement.total.reading,
      cases: 5,
      sheets: 15,
      method: "krippendorff-alpha",
      metric: "interval",
      over: "weighted-totals",
    });
    const json = JSON.stringify(results);
    for (const juror of JURORS) expect(json).not.toContain(juror);
    expect(json).not.toContain("severity");
  });

  it("leave the agreement out when the chair did not choose it", () => {
    const results = publicResults(withFigures(false), new Date("2026-11-01T12:00:00Z"));
    expect(results).not.toHaveProperty("agreement");
    expect(JSON.stringify(results)).not.toContain("alpha");
  });

  it("of a snapshot from before the figures read as they always did", () => {
    const read = JSON.parse(JSON.stringify(oldSnapshot)) as PublicationSnapshot;
    const results = publicResults(read, new Date("2026-11-01T12:00:00Z"));
    expect(results).not.toHaveProperty("agreement");
    expect(results.categories[0]!.finalists.map((item) => item.reference)).toEqual(["KSA-2026-0001", "KSA-2026-0002"]);
    expect(storedFigures(read)).toEqual([]);
    // Even ticked, a snapshot without figures has nothing to show.
    expect(publicResults({ ...read, showAgreement: true }, new Date())).not.toHaveProperty("agreement");
  });
});

describe("the chair's view of the stored figures", () => {
  it("names the cases from the snapshot and the jurors from the names given, keeping an unknown id", () => {
    const [figures] = storedFigures(withFigures(false));
    expect(figures!.categoryName).toBe("Store virksomheter");
    expect(figures!.cases[2]).toEqual({ reference: "KSA-2026-0002", title: "Sak 2" });
    expect(figuresJurorIds([figures!]).sort()).toEqual([...JURORS].sort());
    const named = namedFigures(figures!, new Map([[ANNA, "Anna Aasen"]]));
    expect(named.category.decisiveJurors[0]!.name).toBe("Anna Aasen");
    expect(named.competition.severity.find((entry) => entry.jurorId === BJORN)!.name).toBe(BJORN);
  });
});

describe("a correction and the public choice", () => {
  it("may change only the choice, and that is a change of its own", () => {
    const next = applyCorrection(withFigures(false), { showAgreement: true });
    expect(next.showAgreement).toBe(true);
    expect(next.confidence).toEqual(withFigures(false).confidence);
  });

  it("keeps the choice when it is not given, and refuses a correction that changes nothing", () => {
    expect(() => applyCorrection(withFigures(true), { showAgreement: true })).toThrow("correct.nothingChanged");
    // An old snapshot had no choice: leaving the box unticked is no change either.
    expect(() => applyCorrection(oldSnapshot, { showAgreement: false })).toThrow("correct.nothingChanged");
    const withdrawn = applyCorrection(withFigures(true), { withdrawCaseId: 2 });
    expect(withdrawn.showAgreement).toBe(true);
  });
});
