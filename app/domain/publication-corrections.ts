import { DomainError } from "./errors.ts";
import {
  selectFinalists,
  selectWinners,
  type CategorySnapshot,
  type PublicationSnapshot,
  type PublicationStage,
  type SnapshotCase,
} from "./publication.ts";

/** What a correction changes: one placed case withdrawn, and/or the jury's reasoning per category id. */
export type CorrectionChange = { withdrawCaseId?: number | null; reasonings?: Record<number, string> };

/**
 * One correction as the public sees it: the stage it corrected, the version it made, when, and why.
 * The winners page lists the finalists' corrections too, since the winners were chosen from them.
 */
export type CorrectionNote = { stage: PublicationStage; version: number; at: string; reason: string };

/**
 * A withdrawn case loses its place and every place below moves up by one (a shared place stays
 * shared: 1, 1, 3 without one of the firsts is 1, 2). The case stays in the list, marked, for the record.
 */
function withoutCase(ranking: readonly SnapshotCase[], caseId: number): SnapshotCase[] {
  const gone = ranking.find((item) => item.caseId === caseId);
  if (!gone || gone.withdrawn) return [...ranking];
  return ranking.map((item) => {
    if (item.caseId === caseId) return { ...item, rank: null, withdrawn: true };
    if (gone.rank === null || item.rank === null || item.rank <= gone.rank) return item;
    return { ...item, rank: item.rank - 1 };
  });
}

function withdrawFrom(snapshot: PublicationSnapshot, category: CategorySnapshot, caseId: number): CategorySnapshot {
  const ranking = withoutCase(category.ranking, caseId);
  const finalRanking = category.finalRanking ? withoutCase(category.finalRanking, caseId) : null;
  const placed = (rows: SnapshotCase[]) => rows.filter((item) => !item.withdrawn);
  // Before the winners, the next case moves into the finalists; after, the finalists were judged as
  // they stood, so the best of those who remain wins.
  const finalistIds =
    snapshot.stage === "finalists"
      ? selectFinalists(placed(ranking), snapshot.finalistCount)
      : category.finalistIds.filter((id) => id !== caseId);
  const winnerIds =
    snapshot.stage === "winners" && finalistIds.length
      ? selectWinners(placed(finalRanking ?? ranking), finalistIds)
      : [];
  return { ...category, ranking, finalRanking, finalistIds, winnerIds };
}

const sameIds = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/**
 * The next version of a published snapshot: the change applied, everything else as it was. A
 * category whose winner changes needs a new reasoning; a correction that changes nothing is refused.
 */
export function applyCorrection(snapshot: PublicationSnapshot, change: CorrectionChange): PublicationSnapshot {
  const withdrawId = change.withdrawCaseId ?? null;
  const reasonings = change.reasonings ?? {};
  if (snapshot.stage !== "winners" && Object.keys(reasonings).length) {
    throw new DomainError("invalid", "correct.reasoningOnlyWinners");
  }
  if (
    withdrawId !== null &&
    !snapshot.categories.some(
      (category) => category.finalistIds.includes(withdrawId) || category.winnerIds.includes(withdrawId),
    )
  ) {
    throw new DomainError("invalid", "correct.notPlaced", { field: "withdrawCaseId" });
  }
  const categories = snapshot.categories.map((before) => {
    const after =
      withdrawId !== null && before.ranking.some((item) => item.caseId === withdrawId)
        ? withdrawFrom(snapshot, before, withdrawId)
        : before;
    if (snapshot.stage !== "winners") return after;
    const given = reasonings[before.categoryId]?.trim();
    const reasoning = given || before.reasoning;
    if (
      after.winnerIds.length &&
      !sameIds(after.winnerIds, before.winnerIds) &&
      (!given || given === before.reasoning)
    ) {
      throw new DomainError("invalid", "correct.reasoningNeeded", {
        field: `reasoning-${before.categoryId}`,
        params: { category: before.name },
      });
    }
    return { ...after, reasoning: after.winnerIds.length ? reasoning : null };
  });
  const next = { ...snapshot, categories };
  if (JSON.stringify(next) === JSON.stringify(snapshot)) throw new DomainError("invalid", "correct.nothingChanged");
  return next;
}
