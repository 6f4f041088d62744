import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { AttachmentType } from "./attachments.ts";
import { stripIdentifyingMetadata, UnreadableFileError } from "./blind-files.ts";

/**
 * Blind jurors' copies, cached on disk by the original's content hash: a juror opening the same
 * PDF again, or ten jurors opening it, costs one parse. The folder is versioned, so a better stripper
 * only needs a new folder name. It lies beside the uploads folder, not in it: derived data that
 * backups need not carry and must not count as uploads.
 */
const CACHE_VERSION = "v1";
const UNREADABLE_SUFFIX = ".unreadable";

export type BlindCopy = { ok: true; path: string; sizeBytes: number } | { ok: false; firstRefusal: boolean };

function cachePathFor(uploadsDir: string, sha256: string): string {
  return join(dirname(uploadsDir), "blind-copies", CACHE_VERSION, sha256.slice(0, 2), sha256);
}

// Two jurors asking for the same uncached file at once share one parse.
const inFlight = new Map<string, Promise<BlindCopy>>();

/**
 * The stripped copy of an original, made once. A file the strippers cannot read is remembered as
 * unreadable (a marker beside where its copy would be), so it is refused at once the next time and
 * the caller can tell the chair only on the first refusal. The original is never returned.
 */
export function blindCopyOf(
  original: { path: string; sha256: string; contentType: AttachmentType },
  uploadsDir: string,
): Promise<BlindCopy> {
  const path = cachePathFor(uploadsDir, original.sha256);
  if (existsSync(path)) return Promise.resolve({ ok: true, path, sizeBytes: statSync(path).size });
  if (existsSync(path + UNREADABLE_SUFFIX)) return Promise.resolve({ ok: false, firstRefusal: false });
  const running = inFlight.get(path);
  if (running) return running.then((copy) => (copy.ok ? copy : { ok: false, firstRefusal: false }));
  const making = makeBlindCopy(original, path).finally(() => inFlight.delete(path));
  inFlight.set(path, making);
  return making;
}

async function makeBlindCopy(
  original: { path: string; contentType: AttachmentType },
  path: string,
): Promise<BlindCopy> {
  let stripped: Uint8Array | null = null;
  try {
    stripped = await stripIdentifyingMetadata(original.contentType, await readFile(original.path));
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
  }
  mkdirSync(join(path, ".."), { recursive: true });
  if (!stripped) {
    writeFileSync(path + UNREADABLE_SUFFIX, "");
    return { ok: false, firstRefusal: true };
  }
  // Written under a temporary name and renamed, so a crash never leaves a half copy to be served.
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, stripped);
  renameSync(temporary, path);
  return { ok: true, path, sizeBytes: stripped.length };
}

/** Whether a blind juror has been refused this file because the strippers could not read it. */
export function isBlindCopyRefused(uploadsDir: string, sha256: string): boolean {
  return existsSync(cachePathFor(uploadsDir, sha256) + UNREADABLE_SUFFIX);
}

/** Forgets an original's copy (or its unreadable marker) when the original itself is removed. */
export function removeBlindCopy(uploadsDir: string, sha256: string): void {
  const path = cachePathFor(uploadsDir, sha256);
  rmSync(path, { force: true });
  rmSync(path + UNREADABLE_SUFFIX, { force: true });
}
