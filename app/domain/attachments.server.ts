import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { and, count, eq } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import { attachments } from "#db/schema.ts";
import {
  type AttachmentType,
  checkAttachment,
  MAX_ATTACHMENTS_PER_CASE,
  neutralAttachmentName,
  safeDownloadName,
} from "./attachments.ts";
import { writeAudit } from "./audit.server.ts";
import { blindCopyOf, isBlindCopyRefused, removeBlindCopy } from "./blind-files.server.ts";
import { caseStateOf, nextCaseStatus } from "./case-status.ts";
import { getCase } from "./cases.server.ts";
import { DomainError, notFound } from "./errors.ts";
import { requireNotPublished } from "./publication-freeze.server.ts";
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
  requireNotPublished(db, found.competition.id, "case");
  const outcome = nextCaseStatus(caseStateOf(found.case), "save", found.phase);
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
 * An upload already written to a temporary file under the uploads folder (same disk, so storing it
 * is a rename), with the hash and first bytes taken while it was written.
 */
export type StagedFile = { name: string; tempPath: string; size: number; sha256: string; firstBytes: Uint8Array };

/**
 * Checks the file by its content (not its name), stores it once per content hash, and records it.
 * The file is moved before the transaction because better-sqlite3 transactions are synchronous; the
 * caller removes the temporary file when it is still there (refused, or the content already stored).
 */
export function addAttachment(
  db: AppDatabase,
  actor: Actor,
  caseId: number,
  file: StagedFile,
  uploadsDir: string,
  now: Date,
): { id: number } {
  requireEditable(db, actor, caseId, now);
  const checked = checkAttachment({
    size: file.size,
    firstBytes: file.firstBytes,
    existingCount: countAttachments(db, caseId),
  });
  if (!checked.ok) throw new DomainError("invalid", PROBLEM_MESSAGES[checked.problem], { field: "file" });

  const { sha256 } = file;
  const path = pathFor(uploadsDir, sha256);
  if (!existsSync(path)) {
    mkdirSync(join(uploadsDir, sha256.slice(0, 2)), { recursive: true });
    // The staged file is complete, so a crash never leaves a half file under the final name.
    renameSync(file.tempPath, path);
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
        sizeBytes: file.size,
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
  if (removed) {
    rmSync(pathFor(uploadsDir, removed), { force: true });
    removeBlindCopy(uploadsDir, removed);
  }
}

export type AttachmentDownload = { fileName: string; contentType: AttachmentType; sizeBytes: number; path: string };

/**
 * The file of an attachment the actor may see (same scope as the case), or 404. A juror under blind
 * judging gets a neutral name and a copy without identifying metadata; a file that copy cannot be
 * made of is refused (409) and never served as it is, and the first refusal goes into the log for
 * the chair.
 */
export async function openAttachmentForDownload(
  db: AppDatabase,
  actor: Actor,
  caseId: number,
  attachmentId: number,
  uploadsDir: string,
  now: Date,
): Promise<AttachmentDownload> {
  const found = getCase(db, actor, caseId, now);
  const position = found.attachments.findIndex((attachment) => attachment.id === attachmentId);
  const row = db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, attachmentId), eq(attachments.caseId, caseId)))
    .get();
  if (!row || position < 0) throw notFound();
  const original = {
    fileName: safeDownloadName(row.fileName, row.contentType),
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    path: pathFor(uploadsDir, row.sha256),
  };
  if (!(actor.role === "juror" && found.competition.isBlindJudging)) return original;

  const copy = await blindCopyOf({ ...original, sha256: row.sha256 }, uploadsDir);
  if (!copy.ok) {
    if (copy.firstRefusal)
      db.transaction((tx) =>
        writeAudit(tx, {
          actorId: actor.id,
          action: "attachment.blind-refused",
          subjectType: "case",
          subjectId: caseId,
          details: { attachmentId, fileName: row.fileName },
          at: now,
        }),
      );
    throw new DomainError("conflict", "blindFiles.refused");
  }
  return {
    fileName: neutralAttachmentName(position, row.contentType),
    contentType: row.contentType,
    sizeBytes: copy.sizeBytes,
    path: copy.path,
  };
}

/**
 * The names of a case's attachments that blind jurors were refused (unreadable to the strippers),
 * so the chair's case page can say which file to ask the company to replace.
 */
export function blindRefusedAttachments(db: AppDatabase, caseId: number, uploadsDir: string): string[] {
  return db
    .select({ fileName: attachments.fileName, contentType: attachments.contentType, sha256: attachments.sha256 })
    .from(attachments)
    .where(eq(attachments.caseId, caseId))
    .orderBy(attachments.id)
    .all()
    .filter((row) => isBlindCopyRefused(uploadsDir, row.sha256))
    .map((row) => safeDownloadName(row.fileName, row.contentType));
}
