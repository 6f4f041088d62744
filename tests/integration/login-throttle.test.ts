import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  LOGIN_MAX_FAILURES,
  LOGIN_MAX_FAILURES_PER_ADDRESS,
  LOGIN_MAX_FAILURES_PER_CLIENT,
} from "#app/domain/login-throttle.ts";
import { createUser, sqlRows, uniqueEmail } from "#tests/support/factories.ts";
import { HttpClient, pageText } from "#tests/support/http-client.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// TRUST_PROXY lets each request name its client in X-Forwarded-For, as a proxy in front would.
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { TRUST_PROXY: "true" } });
});

afterAll(async () => {
  await server?.stop();
});

function loginFrom(ip: string, email: string, password: string): Promise<Response> {
  return new HttpClient(server.baseUrl).send("/login", {
    method: "POST",
    body: new URLSearchParams({ email, password }),
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: server.baseUrl,
      "X-Forwarded-For": ip,
    },
  });
}

/** The attempts the server recorded for an address: each one is a password actually checked. */
function recordedAttempts(email: string): number {
  return sqlRows<{ total: number }>(
    server.databasePath,
    "SELECT count(*) AS total FROM throttled_attempts WHERE subject = ?",
    email,
  )[0]!.total;
}

const wrong = (n: number) => `feil passord nummer ${n}`;

describe("login throttle", () => {
  it("checks at most ten of 100 parallel wrong passwords for one account; the rest get the lock", async () => {
    const user = await createUser(server.databasePath, { role: "entrant" });
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, n) => loginFrom("203.0.113.10", user.email, wrong(n))),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 400)).toHaveLength(LOGIN_MAX_FAILURES);
    expect(statuses.filter((status) => status === 429)).toHaveLength(100 - LOGIN_MAX_FAILURES);
    expect(recordedAttempts(user.email)).toBe(LOGIN_MAX_FAILURES);
    const locked = responses.find((response) => response.status === 429)!;
    expect(await pageText(locked)).toMatch(/For mange mislykkede forsøk/);

    const rightPassword = await loginFrom("203.0.113.10", user.email, user.password);
    expect(rightPassword.status).toBe(429);
    expect(recordedAttempts(user.email)).toBe(LOGIN_MAX_FAILURES);
  });

  it("stops a guesser at their own address while the owner logs in from another", async () => {
    const user = await createUser(server.databasePath, { role: "chair" });
    for (let n = 0; n < LOGIN_MAX_FAILURES; n += 1) {
      expect((await loginFrom("203.0.113.20", user.email, wrong(n))).status).toBe(400);
    }
    expect((await loginFrom("203.0.113.20", user.email, user.password)).status).toBe(429);

    const owner = await loginFrom("198.51.100.20", user.email, user.password);
    expect(owner.status).toBe(302);
    expect(owner.headers.get("location")).toBe("/chair");
    // The owner's success does not forgive the guesser.
    expect((await loginFrom("203.0.113.20", user.email, user.password)).status).toBe(429);
  });

  it("counts a whole IPv6 /64 as one client", async () => {
    const user = await createUser(server.databasePath, { role: "entrant" });
    for (let n = 0; n < LOGIN_MAX_FAILURES; n += 1) {
      expect((await loginFrom(`2001:db8:1:2::${n + 1}`, user.email, wrong(n))).status).toBe(400);
    }
    expect((await loginFrom("2001:db8:1:2:ffff::9", user.email, user.password)).status).toBe(429);
    expect((await loginFrom("2001:db8:1:3::1", user.email, user.password)).status).toBe(302);
  });

  it("stops one client trying many addresses", async () => {
    const ip = "203.0.113.30";
    const addresses = Array.from({ length: LOGIN_MAX_FAILURES_PER_CLIENT / 5 }, () => uniqueEmail("spray"));
    for (const email of addresses) {
      const responses = await Promise.all(Array.from({ length: 5 }, (_, n) => loginFrom(ip, email, wrong(n))));
      expect(responses.map((response) => response.status)).toEqual([400, 400, 400, 400, 400]);
    }
    const user = await createUser(server.databasePath, { role: "entrant" });
    expect((await loginFrom(ip, user.email, user.password)).status).toBe(429);
    expect((await loginFrom("198.51.100.30", user.email, user.password)).status).toBe(302);
  });

  it("caps guesses at one address from many clients, so distributed guessing gets no further", async () => {
    const user = await createUser(server.databasePath, { role: "entrant" });
    const clients = Array.from(
      { length: LOGIN_MAX_FAILURES_PER_ADDRESS / LOGIN_MAX_FAILURES },
      (_, n) => `192.0.2.${n + 1}`,
    );
    await Promise.all(
      clients.map(async (ip) => {
        for (let n = 0; n < LOGIN_MAX_FAILURES; n += 1) {
          expect((await loginFrom(ip, user.email, wrong(n))).status).toBe(400);
        }
      }),
    );
    expect(recordedAttempts(user.email)).toBe(LOGIN_MAX_FAILURES_PER_ADDRESS);
    const fromElsewhere = await loginFrom("198.51.100.40", user.email, user.password);
    expect(fromElsewhere.status).toBe(429);
  });

  it("answers an unknown address like a wrong password and counts it the same way", async () => {
    const email = uniqueEmail("nobody");
    const response = await loginFrom("203.0.113.50", email, wrong(1));
    expect(response.status).toBe(400);
    expect(await pageText(response)).toContain("Feil e-post eller passord.");
    expect(recordedAttempts(email)).toBe(1);
  });
});
