import { describe, expect, it } from "vitest";
import { applyCorrection } from "#app/domain/publication-corrections.server.ts";
import type { PublicationSnapshot } from "#app/domain/publication.ts";
import { rankingRules, TIE_BREAK_STEPS } from "#app/domain/ranking.ts";
import { oneCategorySnapshot, snapshotCase } from "#tests/support/snapshots.ts";

const entry = (caseId: number, rank: number | null) => snapshotCase(caseId, rank);

/** Cases 1 and 2 share first place, 3 is third, 4 fourth; two finalists a category. */
const snapshot = (stage: "finalists" | "winners"): PublicationSnapshot =>
  oneCategorySnapshot(stage, {
    ranking: [entry(1, 1), entry(2, 1), entry(3, 3), entry(4, 4)],
    finalistIds: [1, 2],
    winnerIds: stage === "winners" ? [1, 2] : [],
    reasoning: stage === "winners" ? "Begge holder løftet." : null,
  });

describe("a correction of a published snapshot", () => {
  it("withdraws a finalist before the winners: the places below move up and the next case moves in", () => {
    const next = applyCorrection(snapshot("finalists"), { withdrawCaseId: 1 });
    const [category] = next.categories;
    expect(category!.ranking.map((item) => [item.caseId, item.rank, item.withdrawn ?? false])).toEqual([
      [1, null, true],
      [2, 1, false],
      [3, 2, false],
      [4, 3, false],
    ]);
    expect(category!.finalistIds).toEqual([2, 3]);
  });

  it("withdraws a winner after the winners: the finalists are not refilled, and the new winner needs a reasoning", () => {
    expect(() => applyCorrection(snapshot("winners"), { withdrawCaseId: 1 })).toThrow("correct.reasoningNeeded");
    const next = applyCorrection(snapshot("winners"), { withdrawCaseId: 1, reasonings: { 10: "Sak 2 alene." } });
    expect(next.categories[0]!.finalistIds).toEqual([2]);
    expect(next.categories[0]!.winnerIds).toEqual([2]);
    expect(next.categories[0]!.reasoning).toBe("Sak 2 alene.");
  });

  it("amends a reasoning, and refuses what changes nothing or touches an unplaced case", () => {
    const next = applyCorrection(snapshot("winners"), { reasonings: { 10: "  Rettet tekst. " } });
    expect(next.categories[0]!.reasoning).toBe("Rettet tekst.");
    expect(next.categories[0]!.ranking).toEqual(snapshot("winners").categories[0]!.ranking);
    expect(() => applyCorrection(snapshot("winners"), { reasonings: { 10: "Begge holder løftet." } })).toThrow(
      "correct.nothingChanged",
    );
    expect(() => applyCorrection(snapshot("winners"), { withdrawCaseId: 4 })).toThrow("correct.notPlaced");
    expect(() => applyCorrection(snapshot("finalists"), { reasonings: { 10: "Tidlig." } })).toThrow(
      "correct.reasoningOnlyWinners",
    );
  });

  it("leaves the snapshot it corrects as it was", () => {
    const original = snapshot("winners");
    const copy = structuredClone(original);
    applyCorrection(original, { withdrawCaseId: 2, reasonings: { 10: "Sak 1 alene." } });
    expect(original).toEqual(copy);
  });
});

describe("the ranking rules as data", () => {
  it("name the tie-break the ranking applies: step 3, then step 1, then step 2", () => {
    expect(TIE_BREAK_STEPS).toEqual(["realisation", "promise", "anchoring"]);
    expect(rankingRules("trimmed")).toMatchObject({
      method: "trimmed",
      trimFromSheets: 5,
      tieBreakSteps: TIE_BREAK_STEPS,
      fullTie: "shared-place",
      withoutSheets: "no-place-last",
    });
  });
});
