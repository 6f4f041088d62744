import { describe, expect, it } from "vitest";
import {
  placementBand,
  publicResults,
  selectFinalists,
  selectWinners,
  type PublicationSnapshot,
  type SnapshotCase,
} from "#app/domain/publication.ts";

const ranking = [
  { caseId: 1, rank: 1 },
  { caseId: 2, rank: 2 },
  { caseId: 3, rank: 2 },
  { caseId: 4, rank: 4 },
  { caseId: 5, rank: null },
];

function snapshotCase(caseId: number, organisationName: string, rank: number | null): SnapshotCase {
  return {
    caseId,
    reference: `KSA-2026-000${caseId}`,
    title: `Sak ${caseId}`,
    organisationName,
    rank,
    score: rank === null ? null : 10 - rank,
    rawMean: null,
    stepMeans: null,
    sheetCount: 3,
  };
}

const snapshot = (stage: "finalists" | "winners"): PublicationSnapshot => ({
  competitionId: 1,
  year: 2026,
  competitionName: "Kundeservice Awards 2026",
  stage,
  method: "mean",
  finalistCount: 2,
  minScoreSheets: 3,
  categories: [
    {
      categoryId: 10,
      name: "Store virksomheter",
      weights: { promise: 30, anchoring: 30, realisation: 40 },
      ranking: [snapshotCase(1, "Østlandet AS", 1), snapshotCase(2, "Alfa AS", 2), snapshotCase(3, "Berg AS", 3)],
      finalRanking: null,
      finalistIds: [1, 2],
      winnerIds: stage === "winners" ? [1] : [],
      reasoning: stage === "winners" ? "Et løfte som holdes." : null,
    },
  ],
});

describe("choosing finalists and winners", () => {
  it("takes the top places, and every case sharing the last place", () => {
    expect(selectFinalists(ranking, 1)).toEqual([1]);
    expect(selectFinalists(ranking, 2)).toEqual([1, 2, 3]);
    expect(selectFinalists(ranking, 10)).toEqual([1, 2, 3, 4]);
  });

  it("makes the best-placed finalists the winners, several on a shared first place", () => {
    expect(selectWinners(ranking, [2, 3, 4])).toEqual([2, 3]);
    expect(selectWinners(ranking, [1, 2, 3])).toEqual([1]);
  });

  it("gives each case its band", () => {
    expect(placementBand(1, snapshot("winners"))).toBe("winner");
    expect(placementBand(2, snapshot("winners"))).toBe("finalist");
    expect(placementBand(3, snapshot("winners"))).toBe("participant");
  });
});

describe("what the public sees", () => {
  it("lists finalists alphabetically with no places or scores before the winners are out", () => {
    const results = publicResults(snapshot("finalists"), new Date("2026-12-01T12:00:00Z"));
    expect(results.categories[0]).toEqual({
      category: "Store virksomheter",
      finalists: [
        { reference: "KSA-2026-0002", title: "Sak 2", organisation: "Alfa AS" },
        { reference: "KSA-2026-0001", title: "Sak 1", organisation: "Østlandet AS" },
      ],
      winners: [],
      reasoning: null,
    });
    expect(JSON.stringify(results)).not.toMatch(/score|rank/);
  });

  it("adds the winners and the jury's reasoning at the winners stage", () => {
    const results = publicResults(snapshot("winners"), new Date("2026-12-10T12:00:00Z"));
    expect(results.stage).toBe("winners");
    expect(results.categories[0]!.winners).toEqual([
      { reference: "KSA-2026-0001", title: "Sak 1", organisation: "Østlandet AS" },
    ]);
    expect(results.categories[0]!.reasoning).toBe("Et løfte som holdes.");
  });
});
