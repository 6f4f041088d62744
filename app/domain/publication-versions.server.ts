import { and, asc, desc, eq, isNotNull } from "drizzle-orm";
import type { DbOrTransaction } from "#db/client.ts";
import { publicationCorrections, publications } from "#db/schema.ts";
import type { CorrectionNote, PublicationSnapshot, PublicationStage } from "./publication.ts";

/**
 * The versions of a published stage (ADR 0028): the published row is version 1, each correction
 * adds the next. Every version stays readable; the newest is what the stage now says.
 */
export type PublicationVersion = { version: number; at: Date; reason: string | null; snapshotHash: string | null };

/** Every version of a published row, oldest first, without their snapshots. */
export function publicationVersions(
  db: DbOrTransaction,
  publication: { id: number; publishedAt: Date; snapshotHash: string | null },
): PublicationVersion[] {
  const corrections = db
    .select({
      version: publicationCorrections.version,
      at: publicationCorrections.correctedAt,
      reason: publicationCorrections.reason,
      snapshotHash: publicationCorrections.snapshotHash,
    })
    .from(publicationCorrections)
    .where(eq(publicationCorrections.publicationId, publication.id))
    .orderBy(asc(publicationCorrections.version))
    .all();
  return [
    { version: 1, at: publication.publishedAt, reason: null, snapshotHash: publication.snapshotHash },
    ...corrections,
  ];
}

/** The corrections among a stage's versions, as the public sees them. */
export function correctionNotes(stage: PublicationStage, versions: readonly PublicationVersion[]): CorrectionNote[] {
  return versions.flatMap(({ version, at, reason }) =>
    reason === null ? [] : [{ stage, version, at: at.toISOString(), reason }],
  );
}

/** One version's snapshot: the published row's for version 1, the correction's after. */
export function versionSnapshot(db: DbOrTransaction, publicationId: number, version: number): PublicationSnapshot {
  if (version === 1) {
    return db
      .select({ snapshot: publications.snapshot })
      .from(publications)
      .where(eq(publications.id, publicationId))
      .get()!.snapshot;
  }
  return db
    .select({ snapshot: publicationCorrections.snapshot })
    .from(publicationCorrections)
    .where(and(eq(publicationCorrections.publicationId, publicationId), eq(publicationCorrections.version, version)))
    .get()!.snapshot;
}

/** The newest version number of a published row: 1 until it is corrected. */
export function currentVersion(db: DbOrTransaction, publicationId: number): number {
  return (
    db
      .select({ version: publicationCorrections.version })
      .from(publicationCorrections)
      .where(eq(publicationCorrections.publicationId, publicationId))
      .orderBy(desc(publicationCorrections.version))
      .get()?.version ?? 1
  );
}

/**
 * What a published stage says now: its newest version's snapshot; null while it is unpublished.
 * Everything that builds on a publication (the winners on the finalists, the final round, an
 * entrant's placement) reads this, so a correction carries through.
 */
export function currentPublishedSnapshot(
  db: DbOrTransaction,
  competitionId: number,
  stage: PublicationStage,
): { publicationId: number; version: number; snapshot: PublicationSnapshot } | null {
  const row = db
    .select({ id: publications.id })
    .from(publications)
    .where(
      and(
        eq(publications.competitionId, competitionId),
        eq(publications.stage, stage),
        isNotNull(publications.publishedAt),
      ),
    )
    .get();
  if (!row) return null;
  const version = currentVersion(db, row.id);
  return { publicationId: row.id, version, snapshot: versionSnapshot(db, row.id, version) };
}
