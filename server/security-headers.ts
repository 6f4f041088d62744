import { randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";

/**
 * The page may run only our own scripts and the inline ones Remix renders with this request's
 * nonce; nothing may frame it, post it elsewhere or change its base (ADR 0010).
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A year; without includeSubDomains, so sibling sites under the same domain are not bound by it. */
const HSTS = "max-age=31536000";

/**
 * Headers on every answer, static files included. The nonce is kept in `response.locals` for
 * getLoadContext, so the document Remix renders carries the one this header allows.
 */
export function securityHeaders(request: Request, response: Response, next: NextFunction) {
  const nonce = randomBytes(16).toString("base64");
  response.locals.cspNonce = nonce;
  response.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
  response.setHeader("X-Content-Type-Options", "nosniff");
  response.setHeader("Referrer-Policy", "same-origin");
  response.setHeader("X-Frame-Options", "DENY");
  // request.secure follows X-Forwarded-Proto only when TRUST_PROXY is on (express "trust proxy").
  if (request.secure) response.setHeader("Strict-Transport-Security", HSTS);
  next();
}
