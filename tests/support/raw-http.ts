import { request as httpRequest } from "node:http";

export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/**
 * One HTTP request with exactly the headers given, for what fetch() refuses to send or rewrites:
 * a forged Host, a lying Content-Length, a body in no form format, a broken cookie.
 */
export function rawRequest(
  baseUrl: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Uint8Array },
): Promise<RawResponse> {
  const url = new URL(options.path, baseUrl);
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: options.method ?? "GET",
        path: `${url.pathname}${url.search}`,
        headers: withLength(options.headers ?? {}, options.body),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          answered = true;
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          });
        });
      },
    );
    // A server may answer and close before reading a refused body; the answer is what counts.
    request.on("error", (error) => (answered ? undefined : reject(error)));
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}

/** Node would send a body without a length as chunked; a browser's form always states its length. */
function withLength(headers: Record<string, string>, body: string | Uint8Array | undefined) {
  const named = (name: string) => Object.keys(headers).some((key) => key.toLowerCase() === name);
  if (body === undefined || named("content-length") || named("transfer-encoding")) return headers;
  return { ...headers, "Content-Length": String(Buffer.byteLength(body)) };
}
