import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { openAttachmentForDownload } from "#app/domain/attachments.server.ts";
import { DomainError } from "#app/domain/errors.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { parseId, throwAsResponse } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { uploadsDir } from "#app/utils/storage.server.ts";

/** Downloads only: never rendered inline, so a crafted file cannot run in our origin. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  let file;
  try {
    file = await openAttachmentForDownload(
      db,
      user,
      parseId(params.caseId),
      parseId(params.attachmentId),
      uploadsDir,
      new Date(),
    );
  } catch (error) {
    // The juror followed a download link: the refusal is all the browser will show, so it is a
    // sentence in their language rather than a code.
    if (error instanceof DomainError && error.kind === "conflict")
      return new Response(getTranslator(request).t(error.messageKey), {
        status: 409,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
      });
    throwAsResponse(error);
  }
  const asciiName = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(Readable.toWeb(createReadStream(file.path)) as ReadableStream, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.sizeBytes),
      "Content-Disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
