import type { NextFunction, Request, Response } from "express";
import { MAX_MULTIPART_BODY_BYTES, MAX_URLENCODED_BODY_BYTES } from "#app/utils/form-limits.ts";
import { sendEdgeRefusal } from "./edge-page.ts";

// Checks on every request that may change something, before Remix reads a byte of it (ADR 0010):
// the request must come from the portal's own pages, and its body must be a form of sane size.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The host this request was addressed to, read the way Remix's own origin check reads it. */
function ownHost(request: Request, trustProxy: boolean): string | undefined {
  const forwarded = trustProxy ? request.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return forwarded || request.get("host");
}

/** Cross-site: the browser says so (Sec-Fetch-Site), or the Origin is not this host. No Origin is not. */
export function isCrossSite(request: Request, trustProxy: boolean): boolean {
  if (request.get("sec-fetch-site") === "cross-site") return true;
  const origin = request.get("origin");
  if (origin === undefined) return false; // curl, tests, old browsers: SameSite=Lax still guards the session
  let parsed: URL;
  try {
    parsed = new URL(origin); // "null" (a sandboxed frame, a file) does not parse: refused too
  } catch {
    return true;
  }
  return !["http:", "https:"].includes(parsed.protocol) || parsed.host !== ownHost(request, trustProxy);
}

/** Refuses a cross-site post with 403 and a page that says why, instead of Remix's 500. */
export function refuseCrossSite(trustProxy: boolean) {
  return (request: Request, response: Response, next: NextFunction) => {
    // Without a trusted proxy, a forwarded host is the client's own claim: Remix must not compare with it.
    if (!trustProxy) delete request.headers["x-forwarded-host"];
    if (SAFE_METHODS.has(request.method) || !isCrossSite(request, trustProxy)) return next();
    sendEdgeRefusal(request, response, 403, "crossSite");
  };
}

const BODY_LIMITS: Record<string, number> = {
  "application/x-www-form-urlencoded": MAX_URLENCODED_BODY_BYTES,
  "multipart/form-data": MAX_MULTIPART_BODY_BYTES,
};

/**
 * A body must be a form (415 otherwise), say how long it is (411) and stay within its limit (413),
 * all decided from the headers, so a 200 MB post is refused without reading it.
 */
export function checkFormBody(request: Request, response: Response, next: NextFunction) {
  if (SAFE_METHODS.has(request.method)) return next();
  if (request.get("transfer-encoding")) return sendEdgeRefusal(request, response, 411, "lengthRequired");
  const length = Number(request.get("content-length") ?? "0");
  if (length === 0) return next(); // no body: the action reads an empty form
  const contentType = request.get("content-type") ?? "";
  const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
  const limit = BODY_LIMITS[mediaType];
  if (limit === undefined) return sendEdgeRefusal(request, response, 415, "unsupportedType");
  if (mediaType === "multipart/form-data" && !/;\s*boundary=/i.test(contentType)) {
    return sendEdgeRefusal(request, response, 400, "badBody");
  }
  if (length > limit) return sendEdgeRefusal(request, response, 413, "tooLarge");
  next();
}

/**
 * Reads and drops what an action left of its body: one that answers without reading it (a 404, a
 * redirect, a refusal) would otherwise leave the rest in the socket, paused by Remix's stream, and
 * the next request on that keep-alive connection would wait behind it for good. Node drains an
 * untouched body itself; one Remix has started to stream it leaves alone.
 */
export function drainUnreadBody(request: Request, response: Response, next: NextFunction) {
  if (SAFE_METHODS.has(request.method)) return next();
  response.once("finish", () => {
    if (request.complete) return;
    request.removeAllListeners("data");
    request.resume();
  });
  next();
}
