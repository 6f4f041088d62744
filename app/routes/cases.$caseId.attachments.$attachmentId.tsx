import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { openAttachmentForDownload } from "#app/domain/attachments.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { answerRefusals, parseId, throwAsResponse } from "#app/utils/http.server.ts";
import { uploadsDir } from "#app/utils/storage.server.ts";

/**
 * Downloads only: never rendered inline, so a crafted file cannot run in our origin. A refusal is a
 * line of text, as for the other downloads: the link was followed for a file, not a page.
 */
export function loader({ request, params }: LoaderFunctionArgs) {
  return answerRefusals(request, "text", () => download(request, params.caseId, params.attachmentId));
}

async function download(request: Request, caseParam: string | undefined, attachmentParam: string | undefined) {
  const user = await requireUser(request);
  // A refusal (e.g. a file that cannot be stripped for a blind juror) becomes a line of text in the
  // reader's language through answerRefusals.
  const file = await openAttachmentForDownload(
    db,
    user,
    parseId(caseParam),
    parseId(attachmentParam),
    uploadsDir,
    new Date(),
  ).catch(throwAsResponse);
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
