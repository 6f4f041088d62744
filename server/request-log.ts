import type { NextFunction, Request, Response } from "express";

// Links in mail carry single-use tokens (invitations, password resets, e-mail verification, the
// first-run setup link). A request log is read by more people than those links are meant for.

/** Path segments that follow these are tokens. */
const TOKEN_ROUTES = new Set(["invitations", "reset-password", "verify-email", "verify"]);
/** Any segment that looks like a random token (32+ URL-safe characters) is one, whatever route it is on. */
const TOKEN_LIKE = /^[\w-]{32,}(\.data)?$/;
const TOKEN_PARAM = /token|code|secret/i;

/** The URL with every token replaced by "[token]". */
export function redactTokens(url: string): string {
  const queryStart = url.indexOf("?");
  const path = queryStart < 0 ? url : url.slice(0, queryStart);
  const segments = path.split("/");
  const cleanPath = segments
    .map((segment, index) =>
      (index > 0 && TOKEN_ROUTES.has(segments[index - 1]!) && segment) || TOKEN_LIKE.test(segment)
        ? "[token]"
        : segment,
    )
    .join("/");
  if (queryStart < 0) return cleanPath;
  const cleanQuery = url
    .slice(queryStart + 1)
    .split("&")
    .map((pair) => {
      const name = pair.split("=")[0] ?? "";
      return TOKEN_PARAM.test(name) ? `${name}=[token]` : pair;
    })
    .join("&");
  return `${cleanPath}?${cleanQuery}`;
}

/** One line per request on stdout: method, path without tokens, status, time. */
export function logRequests(request: Request, response: Response, next: NextFunction) {
  const started = performance.now();
  response.on("finish", () => {
    const ms = (performance.now() - started).toFixed(1);
    process.stdout.write(`${request.method} ${redactTokens(request.originalUrl)} ${response.statusCode} ${ms}ms\n`);
  });
  next();
}
