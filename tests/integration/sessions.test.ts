import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, sqlRows, sqlRun } from "#tests/support/factories.ts";
import { HttpClient } from "#tests/support/http-client.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

async function logIn(): Promise<{ client: HttpClient; setCookie: string; token: string; userId: string }> {
  const user = await createUser(server.databasePath, { role: "entrant" });
  const client = new HttpClient(server.baseUrl);
  const response = await client.post("/login", { email: user.email, password: user.password });
  expect(response.status).toBe(302);
  const setCookie = response.headers.getSetCookie().find((cookie) => cookie.startsWith("awards_session="))!;
  const token = /^awards_session=([^;]*)/.exec(setCookie)![1]!;
  return { client, setCookie, token, userId: user.id };
}

type SessionRow = { id: string; user_id: string; expires_at: number; created_at: number };

describe("sessions", () => {
  it("sets a browser-session cookie: no Max-Age, no Expires, HttpOnly and SameSite=Lax", async () => {
    const { setCookie } = await logIn();
    expect(setCookie).not.toMatch(/max-age/i);
    expect(setCookie).not.toMatch(/expires/i);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
  });

  it("stores only the SHA-256 of the cookie's token", async () => {
    const { token, userId } = await logIn();
    expect(token.length).toBeGreaterThanOrEqual(40);
    const rows = sqlRows<SessionRow>(server.databasePath, "SELECT * FROM sessions");
    for (const row of rows) expect(Object.values(row).map(String)).not.toContain(token);
    const own = rows.filter((row) => row.user_id === userId);
    expect(own.map((row) => row.id)).toEqual([createHash("sha256").update(token).digest("hex")]);
  });

  it("refuses a session past its absolute lifetime even when it was used a moment ago", async () => {
    const { client, userId } = await logIn();
    expect((await client.get("/entrant")).status).toBe(200);

    const elevenHoursAgo = Date.now() - 11 * 3_600_000;
    sqlRun(server.databasePath, "UPDATE sessions SET created_at = ? WHERE user_id = ?", elevenHoursAgo, userId);
    expect((await client.get("/entrant")).status).toBe(200);

    const thirteenHoursAgo = Date.now() - 13 * 3_600_000;
    sqlRun(server.databasePath, "UPDATE sessions SET created_at = ? WHERE user_id = ?", thirteenHoursAgo, userId);
    const [row] = sqlRows<SessionRow>(server.databasePath, "SELECT * FROM sessions WHERE user_id = ?", userId);
    expect(row!.expires_at * 1000).toBeGreaterThan(Date.now() + 12 * 3_600_000);
    const refused = await client.get("/entrant");
    expect(refused.status).toBe(302);
    expect(refused.headers.get("location")).toContain("/login");
    expect(sqlRows(server.databasePath, "SELECT id FROM sessions WHERE user_id = ?", userId)).toEqual([]);
  });

  it("refuses a session idle for longer than a day", async () => {
    const { client, userId } = await logIn();
    sqlRun(
      server.databasePath,
      "UPDATE sessions SET expires_at = ? WHERE user_id = ?",
      Math.floor(Date.now() / 1000) - 60,
      userId,
    );
    expect((await client.get("/entrant")).status).toBe(302);
  });

  it("does not accept the stored hash as a cookie", async () => {
    const { userId } = await logIn();
    const [row] = sqlRows<SessionRow>(server.databasePath, "SELECT * FROM sessions WHERE user_id = ?", userId);
    const thief = new HttpClient(server.baseUrl);
    thief.setCookieHeader(`awards_session=${row!.id}`);
    expect((await thief.get("/entrant")).status).toBe(302);
  });
});
