import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { findAttachmentFile } from "#app/domain/attachments.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { orRespond, parseId } from "#app/utils/http.server.ts";
import { uploadsDir } from "#app/utils/storage.server.ts";

/** Downloads only: never rendered inline, so a crafted file cannot run in our origin. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const file = orRespond(() =>
    findAttachmentFile(db, user, parseId(params.caseId), parseId(params.attachmentId), uploadsDir, new Date()),
  );
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
