export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_CASE = 5;
export const ATTACHMENT_TYPES = ["application/pdf", "image/png", "image/jpeg"] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

const EXTENSIONS: Record<AttachmentType, string> = {
  "application/pdf": ".pdf",
  "image/png": ".png",
  "image/jpeg": ".jpg",
};

const SIGNATURES: { type: AttachmentType; bytes: readonly number[] }[] = [
  { type: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
];

/** The type a file really is, from its first bytes; its name and the browser's claim are ignored. */
export function detectAttachmentType(firstBytes: Uint8Array): AttachmentType | null {
  return SIGNATURES.find(({ bytes }) => bytes.every((byte, index) => firstBytes[index] === byte))?.type ?? null;
}

export type AttachmentProblem = "too-large" | "wrong-type" | "too-many" | "empty";

export function checkAttachment(file: {
  size: number;
  firstBytes: Uint8Array;
  existingCount: number;
}): { ok: true; type: AttachmentType } | { ok: false; problem: AttachmentProblem } {
  if (file.existingCount >= MAX_ATTACHMENTS_PER_CASE) return { ok: false, problem: "too-many" };
  if (file.size === 0) return { ok: false, problem: "empty" };
  if (file.size > MAX_ATTACHMENT_BYTES) return { ok: false, problem: "too-large" };
  const type = detectAttachmentType(file.firstBytes);
  return type ? { ok: true, type } : { ok: false, problem: "wrong-type" };
}

const MAX_NAME_LENGTH = 120;

/**
 * A name safe to offer for download: no folders, no control or bidi characters, at most 120 characters,
 * and the extension of what the file really is.
 */
export function safeDownloadName(originalName: string, type: AttachmentType): string {
  const extension = EXTENSIONS[type];
  const baseName = originalName.split(/[\\/]/).pop() ?? "";
  const cleaned = baseName
    // Control characters must never reach a Content-Disposition header, and format characters such
    // as a right-to-left override would show "rapport\u202Eexe.pdf" as "rapportfdp.exe".
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, "")
    .replace(/\.[^.]*$/, "")
    .replace(/^\.+/, "")
    .trim();
  const stem = [...(cleaned || "vedlegg")].slice(0, MAX_NAME_LENGTH - extension.length).join("");
  return `${stem}${extension}`;
}

/** Under blind judging a file's own name could give the company away: "vedlegg-2.pdf" instead. */
export function neutralAttachmentName(index: number, type: AttachmentType): string {
  return `vedlegg-${index + 1}${EXTENSIONS[type]}`;
}
