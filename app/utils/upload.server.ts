import { createHash, randomUUID } from "node:crypto";
import { createWriteStream, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import {
  FormDataParseError,
  MaxFilesExceededError,
  MaxFileSizeExceededError,
  MaxHeaderSizeExceededError,
  MaxPartsExceededError,
  MaxTotalSizeExceededError,
  parseFormData,
  type FileUpload,
} from "@remix-run/form-data-parser";
import type { UploadedAttachment } from "#app/domain/case-drafts.server.ts";
import { checkTextFields, formTooLarge, unreadableForm } from "./form-body.server.ts";
import { MAX_FILES_PER_POST, MAX_MULTIPART_BODY_BYTES } from "./form-limits.ts";

const SIGNATURE_BYTES = 16;

/** Writes the upload to a temporary file, hashing it on the way, so the attachment code only moves it. */
async function stageToDisk(upload: FileUpload, tempDir: string): Promise<UploadedAttachment> {
  mkdirSync(tempDir, { recursive: true });
  const tempPath = join(tempDir, randomUUID());
  const hash = createHash("sha256");
  let firstBytes = new Uint8Array(0);
  let size = 0;
  try {
    await pipeline(
      Readable.fromWeb(upload.stream() as NodeReadableStream<Uint8Array>),
      async function* (source: AsyncIterable<Uint8Array>) {
        for await (const chunk of source) {
          hash.update(chunk);
          if (firstBytes.length < SIGNATURE_BYTES) {
            firstBytes = Buffer.concat([firstBytes, chunk.subarray(0, SIGNATURE_BYTES - firstBytes.length)]);
          }
          size += chunk.byteLength;
          yield chunk;
        }
      },
      createWriteStream(tempPath),
    );
  } catch (error) {
    rmSync(tempPath, { force: true });
    throw error;
  }
  return { name: upload.name, tempPath, size, sha256: hash.digest("hex"), firstBytes };
}

const LIMIT_ERRORS = [
  MaxFilesExceededError,
  MaxFileSizeExceededError,
  MaxHeaderSizeExceededError,
  MaxPartsExceededError,
  MaxTotalSizeExceededError,
];

/**
 * Reads a form that may carry one file in the field `fileField` with a streaming parser that takes
 * any file name a browser sends, and hands `handle` the text fields and the file staged in `tempDir`.
 * A file over `maxFileBytes` is reported, not thrown, so the text posted with it is still saved.
 * The staged file is gone afterwards, whether `handle` moved it into storage or not.
 */
export async function withFormAndFile<T>(
  request: Request,
  options: { fileField: string; maxFileBytes: number; tempDir: string },
  handle: (form: { formData: FormData; file: UploadedAttachment | null }) => Promise<T> | T,
): Promise<T> {
  let file: UploadedAttachment | null = null;
  let formData: FormData;
  try {
    formData = await parseFormData(
      request,
      {
        maxFiles: MAX_FILES_PER_POST,
        maxFileSize: MAX_MULTIPART_BODY_BYTES,
        maxTotalSize: MAX_MULTIPART_BODY_BYTES,
        maxParts: 100,
      },
      async (upload) => {
        if (upload.fieldName !== options.fileField) return;
        if (!upload.name && upload.size === 0) return; // the file input was left empty
        file =
          upload.size > options.maxFileBytes
            ? { name: upload.name, oversized: true }
            : await stageToDisk(upload, options.tempDir);
      },
    );
    checkTextFields(formData);
  } catch (error) {
    discard(file);
    if (LIMIT_ERRORS.some((limit) => error instanceof limit)) throw formTooLarge();
    if (error instanceof FormDataParseError || isInvalidUtf8(error)) throw unreadableForm();
    throw error;
  }
  try {
    return await handle({ formData, file });
  } finally {
    discard(file);
  }
}

/**
 * A text part (or a file part with an empty file name, which the parser reads as text) whose bytes
 * are not UTF-8: the parser's strict decoder throws a TypeError, and the form cannot be read.
 */
function isInvalidUtf8(error: unknown): boolean {
  return error instanceof TypeError && (error as { code?: unknown }).code === "ERR_ENCODING_INVALID_ENCODED_DATA";
}

function discard(file: UploadedAttachment | null) {
  if (file && "tempPath" in file) rmSync(file.tempPath, { force: true });
}
