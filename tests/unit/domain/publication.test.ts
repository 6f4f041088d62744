import { describe, expect, it } from "vitest";
import {
  casesListedApart,
  placementBand,
  publicResults,
  selectFinalists,
  selectWinners,
  type PublicationSnapshot,
} from "#app/domain/publication.ts";
import { oneCategorySnapshot, snapshotCase } from "#tests/support/snapshots.ts";

const ranking = [
  { caseId: 1, rank: 1, sheetCount: 3 },
  { caseId: 2, rank: 2, sheetCount: 3 },
  { caseId: 3, rank: 2, sheetCount: 3 },
  { caseId: 4, rank: 4, sheetCount: 3 },
  { caseId: 5, rank: null, sheetCount: 0 },
];
const enough = { minSheets: 3 };

const snapshot = (stage: "finalists" | "winners"): PublicationSnapshot =>
  oneCategorySnapshot(stage, {
    ranking: [snapshotCase(1, 1, "Østlandet AS"), snapshotCase(2, 2, "Alfa AS"), snapshotCase(3, 3, "Berg AS")],
    finalistIds: [1, 2],
    winnerIds: stage === "winners" ? [1] : [],
    reasoning: stage === "winners" ? "Et løfte som holdes." : null,
  });

describe("choosing finalists and winners", () => {
  it("takes the top places, and every case sharing the last place", () => {
    expect(selectFinalists(ranking, 1, enough)).toEqual([1]);
    expect(selectFinalists(ranking, 2, enough)).toEqual([1, 2, 3]);
    expect(selectFinalists(ranking, 10, enough)).toEqual([1, 2, 3, 4]);
  });

  // Issue 16: one sheet of three at 10.0 tops the ranking; it must not take a finalist's seat on that.
  describe("a case short of sheets", () => {
    // Worked by hand, three finalists, at least three sheets: the short case 11 (one sheet, 10.0)
    // ranks first, so "rank ≤ 3" would pick 11, 12, 13. Without it the top three with enough
    // sheets are 12, 13 and 14 (shared third place takes both 14 and 15 when they tie).
    const table = [
      { caseId: 11, rank: 1, sheetCount: 1 }, // 10.0 on a single sheet
      { caseId: 12, rank: 2, sheetCount: 3 }, // 9.0
      { caseId: 13, rank: 3, sheetCount: 3 }, // 8.5
      { caseId: 14, rank: 4, sheetCount: 3 }, // 8.0
      { caseId: 15, rank: 5, sheetCount: 4 }, // 7.5
      { caseId: 16, rank: 6, sheetCount: 2 }, // 7.0, short too
    ];

    it("would be a finalist on its place, and is not", () => {
      expect(table.filter((entry) => entry.rank <= 3).map((entry) => entry.caseId)).toContain(11);
      expect(selectFinalists(table, 3, { minSheets: 3 })).toEqual([12, 13, 14]);
    });

    it("is a finalist when the chair lets it in, and the seat it takes is the last one's", () => {
      expect(selectFinalists(table, 3, { minSheets: 3, overrides: [11] })).toEqual([11, 12, 13]);
    });

    it("lets in only the case named, and keeps a shared last place whole", () => {
      const tied = table.map((entry) => (entry.caseId === 15 ? { ...entry, rank: 4 } : entry));
      expect(selectFinalists(tied, 3, { minSheets: 3, overrides: [16] })).toEqual([12, 13, 14, 15]);
      expect(selectFinalists(table, 10, { minSheets: 3, overrides: [16] })).toEqual([12, 13, 14, 15, 16]);
    });

    it("lists it apart with where it would stand and what became of it", () => {
      const listed = casesListedApart({
        ...snapshot("finalists"),
        finalistCount: 3,
        categories: [
          {
            ...snapshot("finalists").categories[0]!,
            ranking: [
              { ...snapshotCase(1, 1, "Østlandet AS"), sheetCount: 1 },
              snapshotCase(2, 2, "Alfa AS"),
              { ...snapshotCase(3, 5, "Berg AS"), sheetCount: 2 },
            ],
            overrides: [{ caseId: 3, reason: "Et jurymedlem ble sykt." }],
          },
        ],
      });
      expect(
        listed.map(({ caseId, rank, sheetCount, wouldBeFinalist, overrideReason }) => ({
          caseId,
          rank,
          sheetCount,
          wouldBeFinalist,
          overrideReason,
        })),
      ).toEqual([
        { caseId: 1, rank: 1, sheetCount: 1, wouldBeFinalist: true, overrideReason: null },
        { caseId: 3, rank: 5, sheetCount: 2, wouldBeFinalist: false, overrideReason: "Et jurymedlem ble sykt." },
      ]);
    });
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
