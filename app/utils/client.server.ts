import type { AppLoadContext } from "@remix-run/node";
import { clientKey } from "#app/domain/throttle.ts";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /**
     * The caller's IP as express sees it (`request.ip`): the socket's address, or the client's
     * from X-Forwarded-For when TRUST_PROXY is on. Set by server.ts; absent under `remix vite:dev`.
     */
    clientIp?: string;
    /** This request's CSP nonce (server.ts puts it in the header); absent under `remix vite:dev`. */
    cspNonce?: string;
  }
}

/** The key attempt limits count this caller under (ADR 0006). */
export function clientKeyOf(context: AppLoadContext): string {
  return clientKey(context.clientIp);
}
