import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDateTime } from "#app/i18n/format.ts";
import { writeAndSubmitCase } from "#tests/support/entrant-cases.ts";
import { createOpenCompetition, createUser, sqlRows, sqlRun } from "#tests/support/factories.ts";
import { loggedIn, pageText } from "#tests/support/http-client.ts";
import { freePort, smtpEnv, startSmtpCatcher, type SmtpCatcher } from "#tests/support/smtp-catcher.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
let smtp: SmtpCatcher | null = null;
let mailPort: number;
let categoryId: number;

// The mail server is down until the first test has submitted a case.
beforeAll(async () => {
  mailPort = await freePort();
  server = await startTestServer({ env: smtpEnv(mailPort) });
  categoryId = createOpenCompetition(server.databasePath).categoryIds[0];
});

afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
});

async function entrant(membership: "member" | "admin", organisationId?: number) {
  const user = await createUser(server.databasePath, {
    role: "entrant",
    organisationId,
    name: `Kollega ${membership}`,
  });
  sqlRun(server.databasePath, "UPDATE users SET membership = ? WHERE id = ?", membership, user.id);
  const [row] = sqlRows<{ organisation_id: number }>(
    server.databasePath,
    "SELECT organisation_id FROM users WHERE id = ?",
    user.id,
  );
  return { ...user, organisationId: row!.organisation_id, client: await loggedIn(server.baseUrl, user) };
}

function submittedAt(caseId: number): Date {
  const [row] = sqlRows<{ submitted_at: number }>(
    server.databasePath,
    "SELECT submitted_at FROM cases WHERE id = ?",
    caseId,
  );
  return new Date(row!.submitted_at);
}

describe("the receipt after submitting a case", () => {
  it("does not hold the submission back while the mail server is down", async () => {
    const admin = await entrant("admin");
    const { caseId, submitted } = await writeAndSubmitCase(admin.client, categoryId);
    expect(submitted.status).toBe(302);
    expect(submitted.headers.get("location")).toBe(`/entrant/cases/${caseId}/receipt`);
    expect(await pageText(await admin.client.get(`/entrant/cases/${caseId}/receipt`))).toContain(
      "Takk! Saken er sendt inn.",
    );
    smtp = await startSmtpCatcher(mailPort);
  });

  it("reaches the submitter and the company's administrators, each in their language, with HTML and text", async () => {
    const admin = await entrant("admin");
    const submitter = await entrant("member", admin.organisationId);
    const bystander = await entrant("member", admin.organisationId);
    const otherCompany = await entrant("admin");
    expect((await admin.client.post("/language", { locale: "en", redirectTo: "/entrant" })).status).toBe(302);
    expect(sqlRows(server.databasePath, "SELECT locale FROM users WHERE id = ?", admin.id)).toEqual([{ locale: "en" }]);
    const before = smtp!.messages.length;

    const { caseId, submitted } = await writeAndSubmitCase(submitter.client, categoryId, {
      title: "Svar innen en time",
      attachmentName: "Kundeundersøkelse 2026.pdf",
    });
    expect(submitted.status).toBe(302);
    const reference = `KSA-${new Date().getFullYear()}-${String(caseId).padStart(4, "0")}`;
    const at = submittedAt(caseId);

    const toSubmitter = await smtp!.nextTo(submitter.email, before);
    expect(toSubmitter.subject).toBe(`Kvittering: ${reference} er sendt inn`);
    expect(toSubmitter.text).toContain("Hei Kollega member!");
    expect(toSubmitter.text).toContain(formatDateTime(at, "nb"));
    expect(toSubmitter.text).toContain("Kundeundersøkelse 2026.pdf (1 kB)");
    expect(toSubmitter.text).toContain(`/entrant/cases/${caseId}/receipt`);
    expect(toSubmitter.text).toContain("Kundeservice Awards arrangeres av ANFO og Virke.");
    expect(toSubmitter.html).toContain(reference);
    expect(toSubmitter.html).toContain("Kundeundersøkelse 2026.pdf");
    expect(toSubmitter.html).toContain(`href="${server.baseUrl}/entrant/cases/${caseId}/receipt"`);

    const toAdmin = await smtp!.nextTo(admin.email, before);
    expect(toAdmin.subject).toBe(`Receipt: ${reference} has been submitted`);
    expect(toAdmin.text).toContain(formatDateTime(at, "en"));
    expect(toAdmin.text).toContain("Submitted by");
    expect(toAdmin.text).toContain("Kundeservice Awards is organised by ANFO and Virke.");
    expect(toAdmin.html).toContain('lang="en"');

    await new Promise((resolve) => setTimeout(resolve, 300));
    const addressed = (email: string) =>
      smtp!.messages.slice(before).filter((message) => JSON.stringify(message.to).includes(email));
    expect(addressed(bystander.email)).toEqual([]);
    expect(addressed(otherCompany.email)).toEqual([]);
    expect(addressed(submitter.email)).toHaveLength(1);
  });
});

describe("mails in the account's language", () => {
  it("sends the password reset in English to a user who switched to English", async () => {
    const user = await createUser(server.databasePath, { role: "juror", name: "Jane Juror" });
    const browser = await loggedIn(server.baseUrl, user);
    await browser.post("/language", { locale: "en", redirectTo: "/jury" });
    await browser.post("/logout", {});
    const before = smtp!.messages.length;

    expect((await browser.post("/forgot-password", { email: user.email })).status).toBe(302);
    const mail = await smtp!.nextTo(user.email, before);
    expect(mail.subject).toBe("Choose a new password for Kundeservice Awards");
    expect(mail.text).toContain("Hello Jane Juror!");
    expect(mail.text).toMatch(/Choose a new password https?:\/\/\S+\/reset-password\/[\w-]+/);
    expect(mail.html).toContain("Choose a new password");
  });

  it("keeps Norwegian for an account that never switched, and the cookie choice for anonymous visitors only", async () => {
    const user = await createUser(server.databasePath, { role: "entrant", name: "Kari Norsk" });
    const before = smtp!.messages.length;
    const anonymous = await loggedIn(server.baseUrl, user);
    await anonymous.post("/logout", {});
    await anonymous.post("/language", { locale: "en", redirectTo: "/" });
    expect(sqlRows(server.databasePath, "SELECT locale FROM users WHERE id = ?", user.id)).toEqual([{ locale: "nb" }]);
    await anonymous.post("/forgot-password", { email: user.email });
    const mail = await smtp!.nextTo(user.email, before);
    expect(mail.subject).toBe("Velg nytt passord for Kundeservice Awards");
  });
});
