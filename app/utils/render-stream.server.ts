import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable } from "@remix-run/node";
import type { ReactNode } from "react";
import { renderToPipeableStream } from "react-dom/server";
import { redactTokens } from "../../server/request-log.ts";

/** A render that ran past its time: logged once, where it happened, and never sent as a page. */
export class RenderTimeoutError extends Error {
  override name = "RenderTimeoutError";
}

export function isRenderTimeout(error: unknown): error is RenderTimeoutError {
  return error instanceof Error && error.name === "RenderTimeoutError";
}

export type StreamOptions = {
  request: Request;
  status: number;
  headers: Headers;
  nonce: string | undefined;
  /** Wait for the whole page (crawlers) instead of sending the shell first. */
  waitForAll: boolean;
  timeoutMs: number;
  /** The answer to a render that timed out before anything of it was sent. */
  timeoutAnswer: () => Response;
};

/**
 * Renders `document` as a streamed HTML response: the shell first (or all at once with
 * `waitForAll`), the rest as it renders.
 *
 * After `timeoutMs` the render is aborted and logged with the URL. If nothing was sent yet, the
 * answer is `timeoutAnswer()` (no second render: a server too busy to render the page would be
 * too busy for the error page too). Once the shell is out, the status is sent and cannot change:
 * the stream is broken off with a `RenderTimeoutError` instead of ended, so the browser, proxy or
 * client sees an incomplete transfer, never a page that looks complete and is not.
 */
export function streamDocument(document: ReactNode, options: StreamOptions): Promise<Response> {
  const { request, headers, nonce, waitForAll, timeoutMs, timeoutAnswer } = options;
  let status = options.status;
  return new Promise<Response>((resolve, reject) => {
    let timedOut: RenderTimeoutError | null = null;
    let sent = false;
    const body = new PassThrough();
    const send = () => {
      if (timedOut) return; // aborted parts were rendered as holes: the timeout answer went instead
      sent = true;
      headers.set("Content-Type", "text/html; charset=utf-8");
      resolve(new Response(createReadableStreamFromReadable(body), { headers, status }));
      pipe(body);
    };
    const { pipe, abort } = renderToPipeableStream(document, {
      nonce,
      onShellReady: waitForAll ? undefined : send,
      onAllReady() {
        clearTimeout(timer);
        if (waitForAll) send();
      },
      onShellError(error: unknown) {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
      onError(error: unknown) {
        status = 500;
        // Before the shell, the rejection above reaches Remix, which logs it; a timeout is logged below.
        if (sent && !timedOut) console.error(error);
      },
    });
    const timer = setTimeout(() => {
      const url = new URL(request.url);
      const where = `${request.method} ${redactTokens(url.pathname + url.search)}`;
      timedOut = new RenderTimeoutError(
        sent
          ? `Render timed out after ${timeoutMs} ms: ${where}; the page was partly sent, so its connection was cut`
          : `Render timed out after ${timeoutMs} ms: ${where}; answered with an error page`,
      );
      console.error(timedOut.message);
      // Break the stream before React can end it cleanly with the aborted parts left as holes.
      if (sent) body.destroy(timedOut);
      abort(timedOut);
      // Also because React 18 reports no shell error when it aborts an unfinished shell.
      if (!sent) resolve(timeoutAnswer());
    }, timeoutMs);
  });
}
