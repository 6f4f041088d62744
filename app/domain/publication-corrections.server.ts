import { and, eq, isNotNull } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import { publicationCorrections, publications } from "#db/schema.ts";
import { contentHash } from "./audit-chain.ts";
import { writeAudit } from "./audit.server.ts";
import { requireCompetition } from "./competition-lookup.server.ts";
import { DomainError } from "./errors.ts";
import { publicationVersions, versionSnapshot } from "./publication-versions.server.ts";
import { publicationConfidence } from "./verdict-confidence.server.ts";
import {
  selectFinalists,
  selectWinners,
  type CategorySnapshot,
  type PublicationSnapshot,
  type PublicationStage,
  type SnapshotCase,
} from "./publication.ts";

// The rules of a correction are pure (unit-tested directly) but live in this server module: only
// the server applies them, and their refusals' keys then stay out of the browser's catalogue.

/**
 * What a correction changes: one placed case withdrawn, the jury's reasoning per category id, and/or
 * whether the public page shows the jury's agreement (undefined keeps the version's choice).
 */
export type CorrectionChange = {
  withdrawCaseId?: number | null;
  reasonings?: Record<number, string>;
  showAgreement?: boolean;
};

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
  // they stood, so the best of those who remain wins. Short of sheets, it takes the chair's reason to
  // be let in (ADR 0030); a snapshot from before that rule let them all in on one reason.
  const finalistIds =
    snapshot.stage === "finalists"
      ? selectFinalists(placed(ranking), snapshot.finalistCount, {
          minSheets: category.overrides ? snapshot.minScoreSheets : 0,
          overrides: category.overrides?.map((item) => item.caseId),
        })
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
  const next = {
    ...snapshot,
    categories,
    ...(change.showAgreement === undefined ? {} : { showAgreement: change.showAgreement }),
  };
  // A snapshot from before the choice had none: leaving the box unticked changes nothing.
  const shows = (item: PublicationSnapshot) => item.showAgreement === true;
  if (JSON.stringify(next.categories) === JSON.stringify(snapshot.categories) && shows(next) === shows(snapshot))
    throw new DomainError("invalid", "correct.nothingChanged");
  return next;
}
/**
 * The stage a correction applies to: the newest published one, which is what the public page shows
 * (the winners once published, else the finalists). Null before anything is published.
 */
function correctableStage(db: DbOrTransaction, competitionId: number) {
  for (const stage of ["winners", "finalists"] as const satisfies readonly PublicationStage[]) {
    const row = db
      .select({ id: publications.id, publishedAt: publications.publishedAt, snapshotHash: publications.snapshotHash })
      .from(publications)
      .where(
        and(
          eq(publications.competitionId, competitionId),
          eq(publications.stage, stage),
          isNotNull(publications.publishedAt),
        ),
      )
      .get();
    if (row) {
      const versions = publicationVersions(db, { ...row, publishedAt: row.publishedAt! });
      const version = versions.at(-1)!.version;
      return { publicationId: row.id, stage, version, versions, snapshot: versionSnapshot(db, row.id, version) };
    }
  }
  return null;
}

/** What the chair's correction form shows: the stage's current version, its placed cases and reasonings, its versions. */
export function correctionView(db: AppDatabase, competitionId: number) {
  const current = correctableStage(db, competitionId);
  if (!current) return null;
  return {
    stage: current.stage,
    version: current.version,
    showAgreement: current.snapshot.showAgreement === true,
    versions: current.versions.map(({ version, at, reason }) => ({ version, at, reason })),
    categories: current.snapshot.categories.map((category) => ({
      categoryId: category.categoryId,
      name: category.name,
      reasoning: category.reasoning,
      placed: category.ranking
        .filter((item) => category.finalistIds.includes(item.caseId))
        .map((item) => ({
          caseId: item.caseId,
          reference: item.reference,
          title: item.title,
          organisation: item.organisationName,
          winner: category.winnerIds.includes(item.caseId),
        })),
    })),
  };
}

export type CorrectionInput = CorrectionChange & { reason: string };

/**
 * Corrects the published result in the open (ADR 0028): the change applied to the stage's current
 * version is stored as a new immutable version with the reason, who and when, and audited. The
 * published snapshot and earlier corrections are never touched (triggers refuse it), so every
 * version stays readable. Writes the version itself rather than through the ranking or the stage's
 * preparation, which are closed once a stage is published.
 */
export function correctPublication(
  db: AppDatabase,
  chairId: string,
  competitionId: number,
  input: CorrectionInput,
  now: Date,
): { version: number } {
  return db.transaction((tx) => {
    const competition = requireCompetition(tx, competitionId);
    const reason = input.reason.trim();
    if (!reason) throw new DomainError("invalid", "correct.reasonMissing", { field: "reason" });
    const current = correctableStage(tx, competitionId);
    if (!current) throw new DomainError("conflict", "correct.notPublished");
    // The final round scores the finalists as they stand; moving one in or out under it would
    // leave sheets on a case that no longer competes, or a finalist without any.
    if (current.stage === "finalists" && competition.finalRoundOpenedAt && input.withdrawCaseId) {
      throw new DomainError("conflict", "correct.finalRoundOpen");
    }
    const corrected = applyCorrection(current.snapshot, input);
    // Figured again over the cases the new version still ranks: a withdrawn case no longer counts.
    const confidence = publicationConfidence(tx, corrected);
    const snapshot: PublicationSnapshot = { ...corrected, ...(confidence ? { confidence } : {}) };
    const version = current.version + 1;
    const snapshotHash = contentHash(snapshot);
    tx.insert(publicationCorrections)
      .values({
        publicationId: current.publicationId,
        version,
        snapshot,
        snapshotHash,
        reason,
        correctedById: chairId,
        correctedAt: now,
      })
      .run();
    writeAudit(tx, {
      actorId: chairId,
      action: "publication.corrected",
      subjectType: "competition",
      subjectId: competitionId,
      details: {
        stage: current.stage,
        publicationId: current.publicationId,
        version,
        reason,
        withdrawnCaseId: input.withdrawCaseId ?? null,
        showAgreement: snapshot.showAgreement === true,
        snapshotHash,
      },
      at: now,
    });
    return { version };
  });
}
