import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, sqlRows, sqlRun, TEST_PASSWORD, uniqueEmail } from "#tests/support/factories.ts";
import { HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { smtpEnv, startSmtpCatcher, type SmtpCatcher } from "#tests/support/smtp-catcher.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// Issue 15: one live link per address, every older link says "replaced", and the chair sees each
// address's history.

let smtp: SmtpCatcher;
let server: TestServer;
let chair: HttpClient;

function links(email: string) {
  return sqlRows<{ id: number; replaced_by_id: number | null; revoked_at: number | null; accepted_at: number | null }>(
    server.databasePath,
    "SELECT id, replaced_by_id, revoked_at, accepted_at FROM juror_invitations WHERE email = ? ORDER BY id",
    email,
  );
}

/** Links that would still work now: not accepted, revoked, replaced or expired. */
function liveLinks(email: string) {
  return sqlRows<{ id: number }>(
    server.databasePath,
    `SELECT id FROM juror_invitations WHERE email = ? AND accepted_at IS NULL AND revoked_at IS NULL
       AND replaced_at IS NULL AND expires_at > ?`,
    email,
    Date.now(),
  );
}

/** Posts an intent and returns the link path from the mail that arrived for `email`. */
async function mailedLink(fields: Record<string, string>, email: string): Promise<string> {
  const before = smtp.messages.length;
  const response = await chair.post("/chair/jurors", fields);
  expect(response.status).toBe(302);
  const mail = await smtp.nextTo(email, before);
  return new URL(/https?:\/\/\S+\/invitations\/[\w-]+/.exec(mail.text ?? "")![0]).pathname;
}

const invite = (email: string) => mailedLink({ intent: "invite", email }, email);
const resend = (email: string, invitationId: number) =>
  mailedLink({ intent: "resend", invitationId: String(invitationId), email }, email);

async function linkPage(path: string) {
  const response = await new HttpClient(server.baseUrl).get(path);
  return { status: response.status, text: await pageText(response) };
}

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  server = await startTestServer({ env: smtpEnv(smtp) });
  chair = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "chair" }));
});

afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
});

describe("one live invitation link per address", () => {
  it("after two re-sends the first and the second link say replaced and only the newest works", async () => {
    const email = uniqueEmail("to-ganger");
    const first = await invite(email);
    const second = await resend(email, links(email)[0]!.id);
    // The chair re-sends from the first row, as a page opened before the first re-send would.
    const third = await resend(email, links(email)[0]!.id);

    for (const old of [first, second]) {
      const page = await linkPage(old);
      expect(page.status).toBe(410);
      expect(page.text).toContain("erstattet av en nyere invitasjon");
    }
    expect((await linkPage(third)).status).toBe(200);
    expect(liveLinks(email)).toHaveLength(1);
    const [a, b, c] = links(email);
    expect(a!.replaced_by_id).toBe(b!.id);
    expect(b!.replaced_by_id).toBe(c!.id);
    expect(c!.replaced_by_id).toBeNull();
  });

  it("re-sending a revoked invitation after a new one leaves exactly one live link", async () => {
    const email = uniqueEmail("trukket-igjen");
    const revokedPath = await invite(email);
    const revokedId = links(email)[0]!.id;
    const revoke = await chair.post("/chair/jurors", { intent: "revoke", invitationId: String(revokedId), email });
    expect(revoke.status).toBe(302);
    const fresh = await invite(email);
    const resent = await resend(email, revokedId);

    expect(liveLinks(email)).toHaveLength(1);
    expect((await linkPage(resent)).status).toBe(200);
    for (const old of [revokedPath, fresh]) {
      const page = await linkPage(old);
      expect(page.status).toBe(410);
      expect(page.text).toContain("erstattet av en nyere invitasjon");
    }
  });

  it("revokes the address's live link whichever of its rows the page named", async () => {
    const email = uniqueEmail("gammel-rad");
    await invite(email);
    const oldId = links(email)[0]!.id;
    const live = await resend(email, oldId);
    await chair.post("/chair/jurors", { intent: "revoke", invitationId: String(oldId), email });
    expect(liveLinks(email)).toHaveLength(0);
    const page = await linkPage(live);
    expect(page.status).toBe(410);
    expect(page.text).toContain("trukket tilbake");
  });

  it("the database refuses a second live link for an address", () => {
    const email = uniqueEmail("indeks");
    const insert = (hash: string) =>
      sqlRun(
        server.databasePath,
        "INSERT INTO juror_invitations (email, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)",
        email,
        hash,
        Date.now(),
        Date.now() + 1000,
      );
    insert(`${email}-1`);
    expect(() => insert(`${email}-2`)).toThrow(/UNIQUE/);
  });
});

describe("the chair sees each address's history", () => {
  it("lists sent, re-sent, replaced, revoked and accepted with Oslo times", async () => {
    const email = uniqueEmail("historikk");
    await invite(email);
    const firstId = links(email)[0]!.id;
    await chair.post("/chair/jurors", { intent: "revoke", invitationId: String(firstId), email });
    const path = await resend(email, firstId);
    const accepted = await new HttpClient(server.baseUrl).post(path, {
      name: "Historikk Jury",
      password: TEST_PASSWORD,
    });
    expect(accepted.status).toBe(302);

    const html = await (await chair.get("/chair/jurors")).text();
    const row = html.slice(html.indexOf(`Historikk for ${email}`));
    const history = row.slice(0, row.indexOf("</ol>"));
    const events = [
      ...history.matchAll(/<time[^>]*>([^<]+)<\/time>\s*(?:<!-- -->)?\s*–\s*(?:<!-- -->)?\s*([^<]+)</g),
    ].map((match) => match[2]!.trim());
    expect(events).toEqual(["Sendt", "Trukket tilbake", "Lenken erstattet av en nyere", "Sendt på nytt", "Godtatt"]);
    // Oslo time: the page says a date with a clock time, as formatDateTime writes it.
    const oslo = new Intl.DateTimeFormat("nb-NO", {
      timeZone: "Europe/Oslo",
      dateStyle: "long",
      timeStyle: "short",
    }).format(new Date());
    expect(history).toContain(oslo.split(" kl.")[0]);
  });

  it("filters by state, sorts by column and keeps a wrong parameter from failing", async () => {
    const revokedEmail = uniqueEmail("abc-filter");
    await invite(revokedEmail);
    const revokedId = links(revokedEmail)[0]!.id;
    await chair.post("/chair/jurors", { intent: "revoke", invitationId: String(revokedId), email: revokedEmail });
    const waitingEmail = uniqueEmail("zzz-filter");
    await invite(waitingEmail);

    const revoked = await (await chair.get("/chair/jurors?state=revoked")).text();
    expect(revoked).toContain(revokedEmail);
    expect(revoked).not.toContain(waitingEmail);

    const byEmail = await (await chair.get("/chair/jurors?sort=email&dir=asc")).text();
    expect(byEmail.indexOf(revokedEmail)).toBeLessThan(byEmail.indexOf(waitingEmail));
    const newestFirst = await (await chair.get("/chair/jurors")).text();
    expect(newestFirst.indexOf(waitingEmail)).toBeLessThan(newestFirst.indexOf(revokedEmail));

    const odd = await chair.get("/chair/jurors?state=nonsense&sort=x&dir=sideways&page=-3");
    expect(odd.status).toBe(200);
  });

  it("keeps the page and its actions from other roles", async () => {
    for (const role of ["entrant", "juror"] as const) {
      const client = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role }));
      expect((await client.get("/chair/jurors")).status).toBe(403);
      expect(
        (await client.post("/chair/jurors", { intent: "resend", invitationId: "1", email: "x@example.no" })).status,
      ).toBe(403);
    }
  });
});
