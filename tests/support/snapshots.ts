import type { PublicationSnapshot, SnapshotCase } from "#app/domain/publication.ts";

/** A case as a snapshot ranks it: three sheets, a score that falls with the place, its company named. */
export function snapshotCase(
  caseId: number,
  rank: number | null,
  organisationName = `Bedrift ${caseId}`,
): SnapshotCase {
  return {
    caseId,
    reference: `KSA-2026-${String(caseId).padStart(4, "0")}`,
    title: `Sak ${caseId}`,
    organisationName,
    rank,
    score: rank === null ? null : 10 - rank,
    rawMean: null,
    stepMeans: null,
    sheetCount: 3,
  };
}

type OneCategory = PublicationSnapshot["categories"][number];

/**
 * A published snapshot of one category ("Store virksomheter", weights 30/30/40) with two finalists
 * a category and a minimum of three sheets; winners and their reasoning only at the winners' stage.
 */
export function oneCategorySnapshot(
  stage: PublicationSnapshot["stage"],
  category: Pick<OneCategory, "ranking" | "finalistIds"> & Partial<OneCategory>,
): PublicationSnapshot {
  return {
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
        finalRanking: null,
        winnerIds: [],
        reasoning: null,
        ...category,
      },
    ],
  };
}
