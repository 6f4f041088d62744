import {
  unstable_composeUploadHandlers as composeUploadHandlers,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
  type UploadHandler,
} from "@remix-run/node";

export type UploadedFile = { name: string; bytes: Uint8Array } | { name: string; oversized: true };

/**
 * Reads a form that may carry one file in the field `fileField`. A file over the limit is drained
 * and reported rather than thrown, so the text fields posted with it are still read and saved.
 */
export async function readFormWithFile(
  request: Request,
  fileField: string,
  maxFileBytes: number,
): Promise<{ formData: FormData; file: UploadedFile | null }> {
  if (!request.headers.get("Content-Type")?.startsWith("multipart/form-data")) {
    return { formData: await request.formData(), file: null };
  }
  let file: UploadedFile | null = null;
  const fileHandler: UploadHandler = async ({ name, filename, data }) => {
    if (name !== fileField) return undefined;
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (size <= maxFileBytes) chunks.push(chunk);
    }
    if (!filename && size === 0) return ""; // the file input was left empty
    file =
      size > maxFileBytes
        ? { name: filename ?? "", oversized: true }
        : { name: filename ?? "", bytes: Buffer.concat(chunks) };
    return "";
  };
  const formData = await parseMultipartFormData(
    request,
    // Text fields are small (the longest case field is 8,000 characters); 1 MB leaves room for UTF-8.
    composeUploadHandlers(fileHandler, createMemoryUploadHandler({ maxPartSize: 1024 * 1024 })),
  );
  return { formData, file };
}
