import { and, eq, isNotNull } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import { publicationCorrections, publications } from "#db/schema.ts";
import { contentHash } from "./audit-chain.ts";
import { writeAudit } from "./audit.server.ts";
import { requireCompetition } from "./competition-lookup.server.ts";
import { DomainError } from "./errors.ts";
import { applyCorrection, type CorrectionChange } from "./publication-corrections.ts";
import { publicationVersions, versionSnapshot } from "./publication-versions.server.ts";
import type { PublicationStage } from "./publication.ts";

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
 * Corrects the published result in the open (ADR 0023): the change applied to the stage's current
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
    const current = correctableStage(tx, competitionId);
    if (!current) throw new DomainError("conflict", "correct.notPublished");
    const reason = input.reason.trim();
    if (!reason) throw new DomainError("invalid", "correct.reasonMissing", { field: "reason" });
    // The final round scores the finalists as they stand; moving one in or out under it would
    // leave sheets on a case that no longer competes, or a finalist without any.
    if (current.stage === "finalists" && competition.finalRoundOpenedAt && input.withdrawCaseId) {
      throw new DomainError("conflict", "correct.finalRoundOpen");
    }
    const snapshot = applyCorrection(current.snapshot, input);
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
        snapshotHash,
      },
      at: now,
    });
    return { version };
  });
}
