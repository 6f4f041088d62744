import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditActions, createUser, sqlRows, sqlRun, TEST_PASSWORD, uniqueEmail } from "#tests/support/factories.ts";
import { HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { smtpEnv, startSmtpCatcher, type SmtpCatcher } from "#tests/support/smtp-catcher.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let smtp: SmtpCatcher;
let server: TestServer;
let chair: HttpClient;

function invitationRow(email: string) {
  return sqlRows<{ id: number; token_hash: string }>(
    server.databasePath,
    "SELECT id, token_hash FROM juror_invitations WHERE email = ? ORDER BY id DESC",
    email,
  )[0]!;
}

/** Invites `email` and returns the link path from the mail that arrived over SMTP. */
async function invite(email: string): Promise<string> {
  const before = smtp.messages.length;
  const response = await chair.post("/chair/jurors", { intent: "invite", email });
  expect(response.status).toBe(302);
  expect(response.headers.get("location")).toContain("outcome=sent");
  const mail = await smtp.nextTo(email, before);
  const link = /https?:\/\/\S+\/invitations\/[\w-]+/.exec(mail.text ?? "")?.[0];
  expect(link).toBeDefined();
  return new URL(link!).pathname;
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

describe("inviting jurors by e-mail", () => {
  it("sends a Norwegian invitation over SMTP whose single-use link makes a juror account", async () => {
    const email = uniqueEmail("jurymedlem");
    const path = await invite(email);
    const mail = await smtp.nextTo(email, 0);
    expect(mail.subject).toBe("Invitasjon til juryen i Kundeservice Awards");
    expect(mail.text).toContain("gjelder til");

    const token = path.split("/").pop()!;
    expect(invitationRow(email).token_hash).not.toContain(token);

    const page = await new HttpClient(server.baseUrl).get(path);
    expect(page.status).toBe(200);
    expect(await pageText(page)).toContain(email);

    const juror = new HttpClient(server.baseUrl);
    const weak = await juror.post(path, { name: "Kari Jury", password: "kort" });
    expect(weak.status).toBe(400);

    const accepted = await juror.post(path, { name: "Kari Jury", password: TEST_PASSWORD });
    expect(accepted.status).toBe(302);
    expect(accepted.headers.get("location")).toBe("/jury");
    expect((await juror.get("/jury")).status).toBe(200);
    expect((await juror.get("/chair")).status).toBe(403);

    const again = await new HttpClient(server.baseUrl).get(path);
    expect(again.status).toBe(410);
    expect(await pageText(again)).toContain("allerede brukt");
    const reuse = await new HttpClient(server.baseUrl).post(path, { name: "Noen andre", password: TEST_PASSWORD });
    expect(reuse.status).toBe(302);
    expect(reuse.headers.get("location")).toBe(path);

    expect(auditActions(server.databasePath, "invitation", invitationRow(email).id)).toEqual([
      "invitation.sent",
      "invitation.accepted",
    ]);
  });

  it("shows a clear page for a revoked, an expired and an unknown link", async () => {
    const revokedEmail = uniqueEmail("trukket");
    const revokedPath = await invite(revokedEmail);
    const revoke = await chair.post("/chair/jurors", {
      intent: "revoke",
      invitationId: String(invitationRow(revokedEmail).id),
      email: revokedEmail,
    });
    expect(revoke.status).toBe(302);
    const revoked = await new HttpClient(server.baseUrl).get(revokedPath);
    expect(revoked.status).toBe(410);
    expect(await pageText(revoked)).toContain("trukket tilbake");

    const expiredEmail = uniqueEmail("utlopt");
    const expiredPath = await invite(expiredEmail);
    sqlRun(
      server.databasePath,
      "UPDATE juror_invitations SET expires_at = ? WHERE email = ?",
      Date.now() - 1000,
      expiredEmail,
    );
    const expired = await new HttpClient(server.baseUrl).get(expiredPath);
    expect(expired.status).toBe(410);
    expect(await pageText(expired)).toContain("utløpt");

    const unknown = await new HttpClient(server.baseUrl).get("/invitations/finnes-ikke");
    expect(unknown.status).toBe(404);
    expect(await pageText(unknown)).toContain("finnes ikke");
  });

  it("re-sends with a fresh link that replaces the old one", async () => {
    const email = uniqueEmail("pa-nytt");
    const firstPath = await invite(email);
    const before = smtp.messages.length;
    const resend = await chair.post("/chair/jurors", {
      intent: "resend",
      invitationId: String(invitationRow(email).id),
    });
    expect(resend.headers.get("location")).toContain("outcome=resent");
    const second = await smtp.nextTo(email, before);
    const secondPath = new URL(/https?:\/\/\S+\/invitations\/[\w-]+/.exec(second.text ?? "")![0]).pathname;
    expect(secondPath).not.toBe(firstPath);
    const replaced = await new HttpClient(server.baseUrl).get(firstPath);
    expect(replaced.status).toBe(410);
    expect(await pageText(replaced)).toContain("erstattet av en nyere invitasjon");
    expect((await new HttpClient(server.baseUrl).get(secondPath)).status).toBe(200);
  });

  it("refuses to invite an address that already has an account, and invalid addresses", async () => {
    const existing = await createUser(server.databasePath, { role: "entrant" });
    const taken = await chair.post("/chair/jurors", { intent: "invite", email: existing.email });
    expect(taken.status).toBe(400);
    expect(await pageText(taken)).toContain("finnes allerede en konto");
    const malformed = await chair.post("/chair/jurors", { intent: "invite", email: "ikke-en-adresse" });
    expect(malformed.status).toBe(400);
  });

  it("keeps the invitation pages for the chair only", async () => {
    for (const role of ["entrant", "juror"] as const) {
      const client = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role }));
      expect((await client.get("/chair/jurors")).status).toBe(403);
      expect((await client.post("/chair/jurors", { intent: "invite", email: uniqueEmail("inntrenger") })).status).toBe(
        403,
      );
    }
  });
});
