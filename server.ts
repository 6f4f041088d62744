import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import { chairExists, issueSetupToken } from "#app/domain/accounts.server.ts";
import { db } from "#app/utils/db.server.ts";
import { env } from "#app/utils/env.server.ts";

// Our own small server instead of remix-serve: its per-request logging and compression cost a
// third of the throughput (STACK.md), and here headers, caching and logging are ours to choose.

const build = (await import(pathToFileURL(resolve("build/server/index.js")).href)) as ServerBuild;

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", env.TRUST_PROXY);

app.use((_request, response, next) => {
  response.setHeader("X-Content-Type-Options", "nosniff");
  response.setHeader("Referrer-Policy", "same-origin");
  response.setHeader("X-Frame-Options", "DENY");
  response.setHeader("Content-Security-Policy", "frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
  next();
});

if (env.LOG_REQUESTS) {
  app.use((request, response, next) => {
    const started = performance.now();
    response.on("finish", () => {
      const ms = (performance.now() - started).toFixed(1);
      process.stdout.write(`${request.method} ${request.originalUrl} ${response.statusCode} ${ms}ms\n`);
    });
    next();
  });
}

// Vite puts a content hash in every asset name, so they can be cached for good.
app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y", index: false }));
app.use(express.static("build/client", { maxAge: "1h", index: false }));

const handleRemixRequest = createRequestHandler({
  build,
  mode: "production",
  // Actions cannot see the socket; attempt limits per client need its address (ADR 0006).
  getLoadContext: (request) => ({ clientIp: request.ip }),
});
// Remix's handler hands its own errors to next(); the promise it returns carries nothing else.
app.all("*", (request, response, next) => void handleRemixRequest(request, response, next));

const server = app.listen(env.PORT, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  const baseUrl = env.PUBLIC_URL ?? `http://localhost:${port}`;
  if (!chairExists(db)) {
    const token = issueSetupToken(db, new Date());
    console.log(`No jury chair yet. Create one here (the link works once): ${baseUrl}/setup?token=${token}`);
  }
  console.log(`Kundeservice Awards is listening on http://localhost:${port}`);
});

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
