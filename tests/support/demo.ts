import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
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
