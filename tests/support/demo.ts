import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { sqlRun } from "./factories.ts";
import type { HttpClient } from "./http-client.ts";
import type { TestServer } from "./test-server.ts";

export type DemoLogin = { role: string; email: string; password: string };

/**
 * Fills a test server's database with `npm run demo:scored`, the same script a newcomer runs, and
 * returns the logins it printed.
 */
export function seedScoredDemo(server: TestServer): DemoLogin[] {
  const output = execFileSync(process.execPath, ["--import", "tsx", "db/seed/demo.ts", "--scored"], {
    cwd: resolve(import.meta.dirname, "../.."),
    env: { ...process.env, DATABASE_PATH: server.databasePath, DATA_DIR: server.dataDir },
    encoding: "utf8",
  });
  return [...output.matchAll(/^\s+(chair|entrant|juror)\s+(\S+)\s+(\S+)$/gm)].map(([, role, email, password]) => ({
    role: role!,
    email: email!,
    password: password!,
  }));
}

export function demoLogin(logins: DemoLogin[], role: string): DemoLogin {
  const login = logins.find((item) => item.role === role);
  if (!login) throw new Error(`The demo printed no ${role} login`);
  return login;
}

/**
 * Locks the demo competition's scoring and publishes two finalists as the chair would, so the
 * public results page and its JSON have something to show. Returns the year they are under. The
 * demo's submission deadline lies ahead and publishing needs it passed, so it is moved to yesterday.
 */
export async function publishDemoFinalists(
  chair: HttpClient,
  server: TestServer,
): Promise<{ year: number; competitionId: string }> {
  const competitionId = /name="competitionId" value="(\d+)"/.exec(await (await chair.get("/chair/jury")).text())?.[1];
  if (!competitionId) throw new Error("The chair's jury page names no competition");
  sqlRun(
    server.databasePath,
    "UPDATE competitions SET submission_deadline_at = ? WHERE id = ?",
    Date.now() - 86_400_000,
    Number(competitionId),
  );
  const steps: [path: string, fields: Record<string, string>][] = [
    ["/chair/jury", { intent: "lock" }],
    ["/chair/publish", { intent: "prepare-finalists", finalistCount: "2" }],
    ["/chair/publish", { intent: "publish-finalists" }],
  ];
  for (const [path, fields] of steps) {
    const response = await chair.post(path, { competitionId, ...fields });
    if (response.status >= 400) throw new Error(`Publishing the demo: ${fields.intent} answered ${response.status}`);
  }
  return { year: new Date().getFullYear(), competitionId };
}
