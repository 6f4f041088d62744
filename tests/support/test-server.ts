import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export type TestServer = {
  baseUrl: string;
  /** The server process, e.g. to read its memory from /proc. */
  pid: number;
  databasePath: string;
  dataDir: string;
  /** The first-run link the server printed, when no chair existed at start. */
  setupUrl: string | null;
  output: () => string;
  /** What the server wrote to stderr alone: where it logs errors. */
  errorOutput: () => string;
  stop: () => Promise<void>;
  /** Ends the server with SIGKILL, as a power cut or the OOM killer would: no shutdown code runs. Keeps its files. */
  kill: () => Promise<void>;
};

const PROJECT_ROOT = resolve(import.meta.dirname, "../..");

/**
 * Starts the real production server (server.ts on the built app) on a free port and a fresh
 * SQLite file, exactly as `npm start` would run it.
 */
export async function startTestServer(
  options: { env?: Record<string, string>; dataDir?: string } = {},
): Promise<TestServer> {
  if (!existsSync(join(PROJECT_ROOT, "build/server/index.js"))) {
    throw new Error("No build found: run `npm run build` first (`npm test` does it for you).");
  }
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "awards-test-"));
  const databasePath = join(dataDir, "awards.db");
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: "0",
      DATABASE_PATH: databasePath,
      DATA_DIR: dataDir,
      LOG_REQUESTS: "false",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let errorOutput = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => {
    output += chunk;
    errorOutput += chunk;
  });

  const baseUrl = await new Promise<string>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server did not start in time:\n${output}`)), 30_000);
    const check = () => {
      const match = /listening on (http:\/\/localhost:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolvePromise(match[1]);
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Server exited with ${code}:\n${output}`));
    });
  });
  const setupUrl = /(http:\/\/\S+\/setup\?token=\S+)/.exec(output)?.[1] ?? null;

  return {
    baseUrl,
    pid: child.pid!,
    databasePath,
    dataDir,
    setupUrl,
    output: () => output,
    errorOutput: () => errorOutput,
    stop: () => stopProcess(child, options.dataDir ? null : dataDir),
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolvePromise) => child.once("exit", resolvePromise));
      child.kill("SIGKILL");
      await exited;
    },
  };
}

async function stopProcess(child: ChildProcess, dirToRemove: string | null): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolvePromise) => child.once("exit", resolvePromise));
    child.kill("SIGTERM");
    await exited;
  }
  if (dirToRemove) rmSync(dirToRemove, { recursive: true, force: true });
}
