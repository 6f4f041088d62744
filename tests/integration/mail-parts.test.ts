import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenCompetition, createSubmittedCase, createUser, sqlRun } from "#tests/support/factories.ts";
import { type HttpClient, loggedIn } from "#tests/support/http-client.ts";
import { smtpEnv, startSmtpCatcher, type SmtpCatcher } from "#tests/support/smtp-catcher.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// Issue 15: every mail has an HTML and a text part from one template, in the recipient's language,
// with its counts in the right plural form ("1 ny sak", "2 nye saker").

let smtp: SmtpCatcher;
let server: TestServer;
let chair: HttpClient;
let competitionId: number;
let categoryId: number;
let nora: { id: string; email: string };
let emma: { id: string; email: string };

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  server = await startTestServer({ env: smtpEnv(smtp) });
  chair = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "chair" }));
  ({
    competitionId,
    categoryIds: [categoryId],
  } = createOpenCompetition(server.databasePath));
  for (const title of ["Svar innen en time", "Alltid et menneske"]) {
    createSubmittedCase(server.databasePath, { competitionId, categoryId, title });
  }
  nora = await createUser(server.databasePath, { role: "juror", name: "Nora Nordmann" });
  emma = await createUser(server.databasePath, { role: "juror", name: "Emma English" });
  sqlRun(server.databasePath, "UPDATE users SET locale = 'en' WHERE id = ?", emma.id);
});

afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
});

/** A text/plain and a text/html alternative of the same mail, the HTML in the mail's language. */
function expectBothParts(mail: ParsedMail, lang: "nb" | "en") {
  expect(mail.headers.get("content-type")).toMatchObject({ value: "multipart/alternative" });
  expect(mail.text).toBeTruthy();
  expect(mail.text).not.toContain("<");
  expect(mail.html).toContain(`lang="${lang}"`);
}

describe("the assignment mail", () => {
  it("says how many new cases in each juror's language, plural forms included", async () => {
    const before = smtp.messages.length;
    const preview = await chair.post("/chair/jury", { competitionId: String(competitionId), intent: "preview" });
    const fingerprint = /name="fingerprint" value="([^"]*)"/.exec(await preview.text())![1]!;
    const saved = await chair.post("/chair/jury", {
      competitionId: String(competitionId),
      intent: "save-plan",
      fingerprint,
    });
    expect(saved.headers.get("location")).toContain("failed=0");

    const norwegian = await smtp.nextTo(nora.email, before);
    expectBothParts(norwegian, "nb");
    expect(norwegian.subject).toBe("Nye saker å vurdere i Kundeservice Awards");
    expect(norwegian.text).toContain("Du har fått 2 nye saker å vurdere");
    expect(norwegian.html).toContain("Du har fått 2 nye saker å vurdere");

    const english = await smtp.nextTo(emma.email, before);
    expectBothParts(english, "en");
    expect(english.subject).toBe("New cases to assess in Kundeservice Awards");
    expect(english.text).toContain("You have 2 new cases to assess");
    expect(english.html).toContain("You have 2 new cases to assess");
  });

  it("says one new case in the singular when the chair assigns one by hand", async () => {
    const { caseId } = createSubmittedCase(server.databasePath, { competitionId, categoryId, title: "Reparert i dag" });
    for (const [juror, lang] of [
      [nora, "nb"],
      [emma, "en"],
    ] as const) {
      const before = smtp.messages.length;
      const assigned = await chair.post(`/chair/cases/${caseId}`, { intent: "assign", jurorId: juror.id });
      expect(assigned.status).toBe(302);
      const mail = await smtp.nextTo(juror.email, before);
      expectBothParts(mail, lang);
      if (lang === "nb") {
        expect(mail.subject).toBe("En ny sak å vurdere i Kundeservice Awards");
        expect(mail.text).toContain("Du har fått 1 ny sak å vurdere");
        expect(mail.html).toContain("Du har fått 1 ny sak å vurdere");
      } else {
        expect(mail.subject).toBe("A new case to assess in Kundeservice Awards");
        expect(mail.text).toContain("You have 1 new case to assess");
        expect(mail.html).toContain("You have 1 new case to assess");
      }
    }
  });
});
