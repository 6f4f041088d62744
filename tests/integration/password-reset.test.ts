import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOGIN_MAX_FAILURES } from "#app/domain/login-throttle.ts";
import { ATTEMPT_LIMITS } from "#app/domain/throttle.ts";
import { auditActions, createUser, sqlRows, sqlRun, uniqueEmail } from "#tests/support/factories.ts";
import { HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { smtpEnv, startSmtpCatcher, type SmtpCatcher } from "#tests/support/smtp-catcher.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// TRUST_PROXY lets each request name its client in X-Forwarded-For, so tests can act from many IPs.
let smtp: SmtpCatcher;
let server: TestServer;
const NEW_PASSWORD = "sjøbris over brygga i juni";
let ipCounter = 0;
const nextIp = () => `203.0.113.${(ipCounter += 1)}`;

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  server = await startTestServer({ env: { ...smtpEnv(smtp), TRUST_PROXY: "true" } });
});

afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
});

function postFrom(ip: string, path: string, fields: Record<string, string>, client = new HttpClient(server.baseUrl)) {
  return client.send(path, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.baseUrl, "X-Forwarded-For": ip },
  });
}

/** Asks for a link for `email` and returns its path from the mail that arrived over SMTP. */
async function requestLink(email: string, ip = nextIp()): Promise<string> {
  const before = smtp.messages.length;
  const response = await postFrom(ip, "/forgot-password", { email });
  expect(response.status).toBe(302);
  const mail = await smtp.nextTo(email, before);
  const link = /https?:\/\/\S+\/reset-password\/[\w-]+/.exec(mail.text ?? "")?.[0];
  expect(link).toBeDefined();
  return new URL(link!).pathname;
}

describe("asking for a reset link", () => {
  it("answers a known and an unknown address the same way, and mails only the known one", async () => {
    const user = await createUser(server.databasePath, { role: "entrant", name: "Kari Nordmann" });
    const unknown = uniqueEmail("ingen");
    const before = smtp.messages.length;

    const known = await postFrom(nextIp(), "/forgot-password", { email: user.email });
    const stranger = await postFrom(nextIp(), "/forgot-password", { email: unknown });
    expect(known.status).toBe(302);
    expect(stranger.status).toBe(302);
    expect(known.headers.get("location")).toBe("/forgot-password?sent");
    expect(stranger.headers.get("location")).toBe(known.headers.get("location"));
    const page = await pageText(await new HttpClient(server.baseUrl).get("/forgot-password?sent"));
    expect(page).toContain("Hvis adressen har en konto hos oss, har vi sendt en e-post");

    const mail = await smtp.nextTo(user.email, before);
    expect(mail.subject).toBe("Velg nytt passord for Kundeservice Awards");
    expect(mail.text).toContain("Hei Kari Nordmann!");
    expect(mail.text).toContain("gjelder til");
    const token = /\/reset-password\/([\w-]+)/.exec(mail.text ?? "")![1]!;
    const rows = sqlRows<{ token_hash: string }>(server.databasePath, "SELECT token_hash FROM password_reset_tokens");
    expect(rows.map((row) => row.token_hash)).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token);

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.messages.filter((message) => message.text?.includes(unknown))).toEqual([]);
    expect(smtp.messages.slice(before).map((message) => message.to)).toHaveLength(1);
  });

  it("takes comparable time for a known and an unknown address", async () => {
    const user = await createUser(server.databasePath, { role: "juror" });
    const time = async (email: string) => {
      const started = performance.now();
      expect((await postFrom(nextIp(), "/forgot-password", { email })).status).toBe(302);
      return performance.now() - started;
    };
    await time(uniqueEmail("oppvarming"));
    const known: number[] = [];
    const unknown: number[] = [];
    for (let round = 0; round < 4; round += 1) {
      known.push(await time(user.email));
      unknown.push(await time(uniqueEmail("ukjent")));
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    // The mail goes out after the answer, so neither path waits for SMTP.
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(50);
  });

  it("limits requests for one address from one client, and says so, for unknown addresses too", async () => {
    const ip = nextIp();
    const email = uniqueEmail("mange");
    for (let n = 0; n < ATTEMPT_LIMITS.reset.perSubjectFromClient; n += 1) {
      expect((await postFrom(ip, "/forgot-password", { email })).status).toBe(302);
    }
    const refused = await postFrom(ip, "/forgot-password", { email });
    expect(refused.status).toBe(429);
    expect(await pageText(refused)).toContain("Du har bedt om mange lenker på kort tid");
    expect((await postFrom(nextIp(), "/forgot-password", { email })).status).toBe(302);
  });

  it("refuses a malformed address next to the field, with the summary at the top", async () => {
    const response = await postFrom(nextIp(), "/forgot-password", { email: "ikke-en-adresse" });
    expect(response.status).toBe(400);
    const text = await pageText(response);
    expect(text).toContain("Skjemaet må rettes før det kan sendes:");
    expect(text.match(/Skriv en gyldig e-postadresse/g)?.length).toBe(2);
  });
});

describe("using the reset link", () => {
  it("sets the new password once, ends every older session, lifts the lock and logs in fresh", async () => {
    const user = await createUser(server.databasePath, { role: "entrant" });
    const oldBrowser = await loggedIn(server.baseUrl, user);
    expect((await oldBrowser.get("/entrant")).status).toBe(200);

    const guesser = nextIp();
    for (let n = 0; n < LOGIN_MAX_FAILURES; n += 1) {
      await postFrom(guesser, "/login", { email: user.email, password: `feil passord ${n}` });
    }
    expect((await postFrom(guesser, "/login", { email: user.email, password: user.password })).status).toBe(429);

    const path = await requestLink(user.email);
    const form = await new HttpClient(server.baseUrl).get(path);
    expect(form.status).toBe(200);
    expect(await pageText(form)).toContain(`Velg et nytt passord for ${user.email}`);

    const browser = new HttpClient(server.baseUrl);
    const saved = await browser.post(path, { password: NEW_PASSWORD });
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toBe("/profile?outcome=password-reset");
    expect(await pageText(await browser.get("/profile?outcome=password-reset"))).toContain(
      "Passordet er byttet, og du er logget inn.",
    );
    expect((await browser.get("/entrant")).status).toBe(200);

    const refused = await oldBrowser.get("/entrant");
    expect(refused.status).toBe(302);
    expect(refused.headers.get("location")).toMatch(/^\/login/);

    // The lock the guesser ran up is gone: the owner logs in from that same address.
    expect((await postFrom(guesser, "/login", { email: user.email, password: NEW_PASSWORD })).status).toBe(302);
    expect((await postFrom(nextIp(), "/login", { email: user.email, password: user.password })).status).toBe(400);

    const used = await new HttpClient(server.baseUrl).get(path);
    expect(used.status).toBe(410);
    expect(await pageText(used)).toContain("Lenken er allerede brukt");
    expect(auditActions(server.databasePath, "user", user.id)).toEqual([
      "account.password-reset-requested",
      "account.password-reset",
    ]);
  });

  it("sends a second post of the same form to the 'already used' page, not a 500", async () => {
    const user = await createUser(server.databasePath, { role: "chair" });
    const path = await requestLink(user.email);
    const [first, second] = await Promise.all([
      new HttpClient(server.baseUrl).post(path, { password: NEW_PASSWORD }),
      new HttpClient(server.baseUrl).post(path, { password: "en helt annen setning om høsten" }),
    ]);
    const statuses = [first.status, second.status];
    expect(statuses).toEqual([302, 302]);
    const locations = [first.headers.get("location"), second.headers.get("location")].sort();
    expect(locations).toEqual([path, "/profile?outcome=password-reset"].sort());
    const again = await new HttpClient(server.baseUrl).post(path, { password: NEW_PASSWORD });
    expect(again.status).toBe(302);
    expect(again.headers.get("location")).toBe(path);
    expect((await new HttpClient(server.baseUrl).get(path)).status).toBe(410);
  });

  it("expires after an hour", async () => {
    const user = await createUser(server.databasePath, { role: "juror" });
    const path = await requestLink(user.email);
    const justInside = Date.now() + 60_000;
    sqlRun(
      server.databasePath,
      "UPDATE password_reset_tokens SET created_at = ?, expires_at = ? WHERE user_id = ?",
      justInside - 3_600_000,
      justInside,
      user.id,
    );
    expect((await new HttpClient(server.baseUrl).get(path)).status).toBe(200);
    sqlRun(
      server.databasePath,
      "UPDATE password_reset_tokens SET created_at = ?, expires_at = ? WHERE user_id = ?",
      Date.now() - 3_601_000,
      Date.now() - 1_000,
      user.id,
    );
    const expired = await new HttpClient(server.baseUrl).get(path);
    expect(expired.status).toBe(410);
    expect(await pageText(expired)).toContain("Lenken er utløpt");
    const post = await new HttpClient(server.baseUrl).post(path, { password: NEW_PASSWORD });
    expect(post.status).toBe(302);
    expect(post.headers.get("location")).toBe(path);
    expect((await new HttpClient(server.baseUrl).post("/login", user)).status).toBe(302);
  });

  it("keeps only the newest link working", async () => {
    const user = await createUser(server.databasePath, { role: "entrant" });
    const first = await requestLink(user.email);
    const second = await requestLink(user.email);
    expect((await new HttpClient(server.baseUrl).get(first)).status).toBe(404);
    expect((await new HttpClient(server.baseUrl).get(second)).status).toBe(200);
  });

  it("answers unknown and malformed tokens with a clear 404 page", async () => {
    for (const token of ["finnes-ikke", "a".repeat(500), "%C3%A6%C3%B8%C3%A5", "..%2F..%2Fetc"]) {
      const response = await new HttpClient(server.baseUrl).get(`/reset-password/${token}`);
      expect(response.status).toBe(404);
      expect(await pageText(response)).toContain("Denne lenken finnes ikke");
      const post = await new HttpClient(server.baseUrl).post(`/reset-password/${token}`, { password: NEW_PASSWORD });
      expect(post.status).toBe(302);
    }
  });

  it("refuses a weak new password with the reason, and keeps the link usable", async () => {
    const user = await createUser(server.databasePath, { role: "entrant", name: "Ola Hansen" });
    const path = await requestLink(user.email);
    const browser = new HttpClient(server.baseUrl);
    const weak = await browser.post(path, { password: "kundeservice2026" });
    expect(weak.status).toBe(400);
    const text = await pageText(weak);
    expect(text).toContain("Passordet er for lett å gjette.");
    expect(text).toContain("Skjemaet må rettes før det kan sendes:");
    expect(text).not.toContain("kundeservice2026");
    expect((await browser.post(path, { password: NEW_PASSWORD })).status).toBe(302);
  });
});
