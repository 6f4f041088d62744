import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

// `npm start` must work on a fresh clone: build when build/ is missing or older than its sources.

const BUILD_OUTPUT = "build/server/index.js";
const BUILD_INPUTS = [
  "app",
  "db/migrations",
  "public",
  "vite.config.ts",
  "scripts/precompress.ts",
  "tailwind.config.ts",
  "package-lock.json",
];

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce(
    (newest, entry) => Math.max(newest, newestModification(join(path, entry))),
    stats.mtimeMs,
  );
}

const builtAt = existsSync(BUILD_OUTPUT) ? statSync(BUILD_OUTPUT).mtimeMs : 0;
const sourcesChangedAt = Math.max(...BUILD_INPUTS.map(newestModification));

if (builtAt < sourcesChangedAt) {
  console.log(builtAt === 0 ? "Building the portal…" : "Sources changed since the last build; rebuilding…");
  const result = spawnSync("npx", ["remix", "vite:build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

process.env.NODE_ENV = "production";
await import("../server.ts");
