import type { AppDatabase } from "#db/client.ts";
import { addAttachment, removeAttachment, type StagedFile } from "./attachments.server.ts";
import { saveCaseDraft, type CaseEdit, type DraftSaveResult } from "./cases.server.ts";
import { DomainError } from "./errors.ts";
import type { Actor } from "./permissions.ts";

/** A file as the upload brought it: staged on disk, or only its name when it was over the size limit. */
export type UploadedAttachment = StagedFile | { name: string; oversized: true };

export type AttachmentChange =
  { kind: "add"; file: UploadedAttachment | null } | { kind: "remove"; attachmentId: number };

/** The draft was saved, but the attachment change posted with it was refused. */
export class AttachmentRefusedError extends DomainError {
  constructor(
    readonly saved: DraftSaveResult,
    refusal: DomainError,
  ) {
    super(refusal.kind, refusal.messageKey, refusal.options);
  }
}

/**
 * Saves the draft, then the attachment change posted with it: the editor's upload and remove
 * buttons send the text too, so nothing typed beside them is lost, even when the file is refused.
 */
export function saveDraftWithAttachment(
  db: AppDatabase,
  actor: Actor,
  caseId: number,
  edit: CaseEdit,
  change: AttachmentChange | null,
  uploadsDir: string,
  now: Date,
): DraftSaveResult {
  const saved = saveCaseDraft(db, actor, caseId, edit, now);
  try {
    if (change?.kind === "remove") removeAttachment(db, actor, caseId, change.attachmentId, uploadsDir, now);
    if (change?.kind === "add") {
      if (!change.file) throw new DomainError("invalid", "attachment.missing", { field: "file" });
      if ("oversized" in change.file) throw new DomainError("invalid", "attachment.tooLarge", { field: "file" });
      addAttachment(db, actor, caseId, change.file, uploadsDir, now);
    }
  } catch (error) {
    if (error instanceof DomainError) throw new AttachmentRefusedError(saved, error);
    throw error;
  }
  return saved;
}
