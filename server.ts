import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import { chairExists, issueSetupToken } from "#app/domain/accounts.server.ts";
import { db } from "#app/utils/db.server.ts";
import { env } from "#app/utils/env.server.ts";
import { isRenderTimeout } from "#app/utils/render-stream.server.ts";
import { coalesceFlushes, compressResponses, staticFiles } from "./server/compression.ts";
import { withGuardedFormReading } from "./server/guarded-actions.ts";
import { checkFormBody, drainUnreadBody, refuseCrossSite } from "./server/request-guards.ts";
import { logRequests } from "./server/request-log.ts";
import { securityHeaders } from "./server/security-headers.ts";

// Our own small server instead of remix-serve: its per-request logging and compression cost a
// third of the throughput (STACK.md), and here headers, caching, logging and how hard to
// compress are ours to choose (ADR 0013).

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", env.TRUST_PROXY);

app.use(securityHeaders);
if (env.LOG_REQUESTS) app.use(logRequests);

// Built files first: they are compressed already, so the response compression never wraps them.
const { assets, publicFiles } = staticFiles("build/client");
app.use("/assets", assets);
app.use(publicFiles);
app.use(compressResponses, coalesceFlushes);

// Before Remix reads anything: cross-site posts and bodies that are no form, or too large (ADR 0009).
app.use(refuseCrossSite(env.TRUST_PROXY));
app.use(checkFormBody);
app.use(drainUnreadBody);

let handleRemixRequest: ReturnType<typeof createRequestHandler> | null = null;
app.all("*", (request, response, next) => {
  if (!handleRemixRequest) return void response.status(503).set("Retry-After", "1").send("Starting…");
  // Remix's handler hands its own errors to next(); the promise it returns carries nothing else.
  void handleRemixRequest(request, response, next);
});
// A page whose render timed out after its start was sent has been logged and its stream broken
// (app/utils/render-stream.server.ts); Remix passes the error on, and express would log it again.
app.use((error: unknown, _request: express.Request, response: express.Response, next: express.NextFunction) => {
  if (isRenderTimeout(error) && response.headersSent) return void response.destroy();
  next(error);
});

// Listen before the app loads: with PORT=0 only the socket knows the port, and the app's mail links
// need it when PUBLIC_URL is unset. The app's env module reads PORT as it loads below.
const server = app.listen(env.PORT);
await once(server, "listening");
const { port } = server.address() as AddressInfo;
process.env.PORT = String(port);

const build = (await import(pathToFileURL(resolve("build/server/index.js")).href)) as ServerBuild;
handleRemixRequest = createRequestHandler({
  build: withGuardedFormReading(build),
  mode: "production",
  // Actions cannot see the socket; attempt limits per client need its address (ADR 0006). The
  // nonce is the one securityHeaders put in this response's CSP.
  getLoadContext: (request, response) => ({ clientIp: request.ip, cspNonce: String(response.locals.cspNonce) }),
});

const localUrl = `http://localhost:${port}`;
const baseUrl = env.PUBLIC_URL ?? localUrl;
if (!env.PUBLIC_URL) {
  console.log(`PUBLIC_URL is not set: links in mails point to ${localUrl} (set PUBLIC_URL to the portal's address).`);
}
if (!chairExists(db)) {
  const token = issueSetupToken(db, new Date());
  console.log(`No jury chair yet. Create one here (the link works once): ${baseUrl}/setup?token=${token}`);
}
console.log(`Kundeservice Awards is listening on ${localUrl}`);

function shutDown(signal: string) {
  console.log(`${signal} received, finishing open requests`);
  server.close(() => {
    db.$client.close();
    process.exit(0);
  });
  // Keep-alive connections would hold close() open forever.
  server.closeIdleConnections();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.once("SIGTERM", () => shutDown("SIGTERM"));
process.once("SIGINT", () => shutDown("SIGINT"));
