import type { AppLoadContext, EntryContext, HandleDataRequestFunction, HandleErrorFunction } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { NonceContext } from "#app/components/nonce-context.ts";
import { env } from "#app/utils/env.server.ts";
import { getLocale } from "#app/utils/locale.server.ts";
import { streamDocument } from "#app/utils/render-stream.server.ts";
import { hasSessionCookie } from "#app/utils/session.server.ts";
import { edgePageHtml } from "../server/edge-page.ts";

/**
 * Loaders have finished before a page renders, so the render only turns data into HTML and
 * streams it (single fetch sends the loader data inside the page). That takes milliseconds even for
 * the largest chair page; RENDER_TIMEOUT_MS (10 s by default) is only reached by a render that is
 * stuck, or queued behind so much work that its reader has likely given up. Deferred data (none
 * today) gets a second less, so its error can still be rendered in place before the abort.
 */
export const streamTimeout = Math.max(0, env.RENDER_TIMEOUT_MS - 1_000);

/** A page or data asked for with a session cookie is someone's own: no cache may keep it. */
function markPrivate(request: Request, headers: Headers) {
  if (hasSessionCookie(request) && !headers.has("Cache-Control")) headers.set("Cache-Control", "no-store");
}

/**
 * Logs what went wrong on the server. A refusal the portal answers on purpose (a 4xx such as a form
 * too large to read) is not an error, and neither is a request the browser gave up on.
 */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error) && error.status < 500) return;
  console.error(error);
};

export const handleDataRequest: HandleDataRequestFunction = (response, { request }) => {
  markPrivate(request, response.headers);
  return response;
};

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  markPrivate(request, responseHeaders);
  const nonce = loadContext.cspNonce;
  return streamDocument(
    <NonceContext.Provider value={nonce}>
      <RemixServer context={remixContext} url={request.url} nonce={nonce} />
    </NonceContext.Provider>,
    {
      request,
      status: responseStatusCode,
      headers: responseHeaders,
      nonce,
      // Crawlers get the whole page at once; browsers get the shell first and the rest as it streams.
      waitForAll: isbot(request.headers.get("user-agent")) || remixContext.isSpaMode,
      timeoutMs: env.RENDER_TIMEOUT_MS,
      // 503: the usual cause is a server too busy right now, and the page says to try again shortly.
      // The route's headers stay (a cookie its loader set still counts); the page is never cached.
      timeoutAnswer: () => {
        const headers = new Headers(responseHeaders);
        headers.set("Content-Type", "text/html; charset=utf-8");
        headers.set("Cache-Control", "no-store");
        headers.set("Retry-After", "10");
        return new Response(edgePageHtml(getLocale(request), 503, "renderTimeout"), { status: 503, headers });
      },
    },
  );
}
