import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { and, count, eq } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import { attachments } from "#db/schema.ts";
import { checkAttachment, MAX_ATTACHMENTS_PER_CASE, neutralAttachmentName, safeDownloadName } from "./attachments.ts";
import { writeAudit } from "./audit.server.ts";
import { nextCaseStatus } from "./case-status.ts";
import { getCase } from "./cases.server.ts";
import { DomainError, notFound } from "./errors.ts";
import type { Actor } from "./permissions.ts";

const PROBLEM_MESSAGES = {
  "too-large": "attachment.tooLarge",
  "wrong-type": "attachment.wrongType",
  "too-many": "attachment.tooMany",
  empty: "attachment.empty",
} as const;

function countAttachments(db: DbOrTransaction, caseId: number): number {
  return db.select({ total: count() }).from(attachments).where(eq(attachments.caseId, caseId)).get()?.total ?? 0;
}

/** Attachments change only while the case text may change: a draft before the deadline. */
function requireEditable(db: AppDatabase, actor: Actor, caseId: number, now: Date) {
  const found = getCase(db, actor, caseId, now);
  if (actor.role !== "entrant") throw notFound();
  const outcome = nextCaseStatus(found.case.status, "save", found.phase);
  if (!outcome.ok)
    throw new DomainError(
      "forbidden",
      outcome.reason === "deadline-passed" ? "case.refused.deadlinePassed" : "case.refused.notAllowed",
    );
  return found;
}

function pathFor(uploadsDir: string, sha256: string): string {
  return join(uploadsDir, sha256.slice(0, 2), sha256);
}

/**
 * Checks the file by its content (not its name), stores it once per content hash, and records it.
 * The bytes are written before the transaction because better-sqlite3 transactions are synchronous.
 */
export function addAttachment(
  db: AppDatabase,
  actor: Actor,
  caseId: number,
  file: { name: string; bytes: Uint8Array },
  uploadsDir: string,
  now: Date,
): { id: number } {
  requireEditable(db, actor, caseId, now);
  const checked = checkAttachment({
    size: file.bytes.byteLength,
    firstBytes: file.bytes.subarray(0, 16),
    existingCount: countAttachments(db, caseId),
  });
  if (!checked.ok) throw new DomainError("invalid", PROBLEM_MESSAGES[checked.problem], { field: "file" });

  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const path = pathFor(uploadsDir, sha256);
  if (!existsSync(path)) {
    mkdirSync(join(uploadsDir, sha256.slice(0, 2)), { recursive: true });
    // Write then rename, so a crash never leaves a half file under the final name.
    writeFileSync(`${path}.partial`, file.bytes);
    renameSync(`${path}.partial`, path);
  }
  return db.transaction((tx) => {
    // Counted again inside the transaction: two uploads at once must not make a sixth file.
    if (countAttachments(tx, caseId) >= MAX_ATTACHMENTS_PER_CASE)
      throw new DomainError("invalid", "attachment.tooMany", { field: "file" });
    const { id } = tx
      .insert(attachments)
      .values({
        caseId,
        fileName: safeDownloadName(file.name, checked.type),
        contentType: checked.type,
        sizeBytes: file.bytes.byteLength,
        sha256,
        uploadedById: actor.id,
        createdAt: now,
      })
      .returning({ id: attachments.id })
      .get();
    writeAudit(tx, {
      actorId: actor.id,
      action: "attachment.added",
      subjectType: "case",
      subjectId: caseId,
      details: { attachmentId: id, sha256 },
      at: now,
    });
    return { id };
  });
}

export function removeAttachment(
  db: AppDatabase,
  actor: Actor,
  caseId: number,
  attachmentId: number,
  uploadsDir: string,
  now: Date,
): void {
  requireEditable(db, actor, caseId, now);
  const removed = db.transaction((tx) => {
    const row = tx
      .delete(attachments)
      .where(and(eq(attachments.id, attachmentId), eq(attachments.caseId, caseId)))
      .returning({ sha256: attachments.sha256 })
      .get();
    if (!row) throw notFound();
    writeAudit(tx, {
      actorId: actor.id,
      action: "attachment.removed",
      subjectType: "case",
      subjectId: caseId,
      details: { attachmentId },
      at: now,
    });
    const stillUsed = tx
      .select({ id: attachments.id })
      .from(attachments)
      .where(eq(attachments.sha256, row.sha256))
      .get();
    return stillUsed ? null : row.sha256;
  });
  if (removed) rmSync(pathFor(uploadsDir, removed), { force: true });
}

/** The file of an attachment the actor may see (same scope as the case), or 404. */
export function findAttachmentFile(
  db: AppDatabase,
  actor: Actor,
  caseId: number,
  attachmentId: number,
  uploadsDir: string,
  now: Date,
) {
  const found = getCase(db, actor, caseId, now);
  const position = found.attachments.findIndex((attachment) => attachment.id === attachmentId);
  const row = db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, attachmentId), eq(attachments.caseId, caseId)))
    .get();
  if (!row || position < 0) throw notFound();
  const hideName = actor.role === "juror" && found.competition.isBlindJudging;
  return {
    fileName: hideName ? neutralAttachmentName(position, row.contentType) : row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    path: pathFor(uploadsDir, row.sha256),
  };
}
