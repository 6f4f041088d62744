import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assignConfirmed,
  createOpenCompetition,
  createSubmittedCase,
  createUser,
  sqlRows,
  uniqueEmail,
} from "#tests/support/factories.ts";
import { HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { smtpEnv, startSmtpCatcher, type SmtpCatcher } from "#tests/support/smtp-catcher.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// One submit shows every problem: the password rules (object-level refinements) are reported beside
// the other fields' errors instead of only once those pass, and the answer carries the error summary
// the browser focuses without JavaScript.

let smtp: SmtpCatcher;
let server: TestServer;

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  server = await startTestServer({ env: smtpEnv(smtp) });
});

afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
});

const REQUIRED = "Fyll ut feltet.";
const TOO_SHORT = "Passordet må ha minst 10 tegn.";

/** The summary's items, in order, and whether it is the element the browser focuses on load. */
function summaryOf(html: string) {
  const summary = /<div[^>]*data-testid="error-summary"[^>]*>([\s\S]*?)<\/ul>/.exec(html);
  expect(summary, "an error summary on the page").not.toBeNull();
  const items = [...summary![1]!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map(([, item]) => item!);
  return {
    autofocus: /autofocus=""/.test(summary![0]) && /tabindex="-1"/.test(summary![0]),
    links: items.flatMap((item) => /href="#([^"]+)"/.exec(item)?.[1] ?? []),
    texts: items.map((item) => item.replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'")),
  };
}

describe("every error in one answer", () => {
  it("registration with a missing name, a bad address, a bad organisation number and a short password", async () => {
    const response = await new HttpClient(server.baseUrl).post("/register", {
      organisationName: "Fjordkraft Kundesenter",
      orgNumber: "123",
      name: "",
      email: "ikke-en-adresse",
      password: "kort",
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    const summary = summaryOf(html);
    expect(summary.autofocus).toBe(true);
    expect(summary.texts).toEqual([
      "Organisasjonsnummeret må ha ni siffer og et gyldig kontrollsiffer. Sjekk at det er skrevet riktig.",
      REQUIRED,
      "Skriv en gyldig e-postadresse, for eksempel navn@bedrift.no.",
      TOO_SHORT,
    ]);
    // Each link names a control on the page.
    expect(summary.links).toHaveLength(4);
    for (const id of summary.links) expect(html).toContain(`id="${id}"`);
  });

  it("registration with an empty form says every field is needed, the password too", async () => {
    const response = await new HttpClient(server.baseUrl).post("/register", { organisationName: "" });
    expect(response.status).toBe(400);
    expect(summaryOf(await response.text()).texts).toEqual([REQUIRED, REQUIRED, REQUIRED, REQUIRED, REQUIRED]);
  });

  it("registration with a missing name still checks the password's strength on the server", async () => {
    const response = await new HttpClient(server.baseUrl).post("/register", {
      organisationName: "Fjordkraft Kundesenter",
      orgNumber: "923609016",
      name: "",
      email: uniqueEmail("kari", "fjordkraft-test.no"),
      password: "passord123",
    });
    expect(response.status).toBe(400);
    const texts = summaryOf(await response.text()).texts;
    expect(texts[0]).toBe(REQUIRED);
    expect(texts[1]).toMatch(/^Passordet er for lett å gjette\./);
    expect(texts).toHaveLength(2);
  });

  it("in English too", async () => {
    const client = new HttpClient(server.baseUrl);
    await client.post("/language", { locale: "en", redirectTo: "/register" });
    const response = await client.post("/register", { orgNumber: "923609016", email: "nope", password: "short" });
    expect(response.status).toBe(400);
    const text = await pageText(response);
    expect(text).toContain("Please correct the form before sending it:");
    expect(text).toContain("Enter a valid e-mail address, for example name@company.no.");
    expect(text).toContain("The password must have at least 10 characters.");
  });

  it("changing the password without the current one also says the new one is too short", async () => {
    const user = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "entrant" }));
    const response = await user.post("/profile", { intent: "change-password", currentPassword: "", password: "kort" });
    expect(response.status).toBe(400);
    expect(summaryOf(await response.text()).texts).toEqual([REQUIRED, TOO_SHORT]);
  });

  it("accepting a jury invitation without a name also checks the password", async () => {
    const chair = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "chair" }));
    const email = uniqueEmail("jurymedlem", "juryen.example.no");
    const before = smtp.messages.length;
    expect((await chair.post("/chair/jurors", { intent: "invite", email })).status).toBe(302);
    const mail = await smtp.nextTo(email, before);
    const link = new URL(/https?:\/\/\S+\/invitations\/[\w-]+/.exec(mail.text ?? "")![0]).pathname;

    const response = await new HttpClient(server.baseUrl).post(link, { name: "", password: "kort" });
    expect(response.status).toBe(400);
    expect(summaryOf(await response.text()).texts).toEqual([REQUIRED, TOO_SHORT]);
  });

  it("the chair's hand-over without a choice for the previous administrators says what else is wrong", async () => {
    const chair = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "chair" }));
    const entrant = await createUser(server.databasePath, { role: "entrant" });
    const [{ organisation_id: organisationId }] = sqlRows<{ organisation_id: number }>(
      server.databasePath,
      "SELECT organisation_id FROM users WHERE id = ?",
      entrant.id,
    ) as [{ organisation_id: number }];
    const response = await chair.post(`/chair/organisations/${organisationId}`, {
      intent: "hand-over",
      userId: entrant.id,
      email: "ny@example.no",
      reason: "",
    });
    expect(response.status).toBe(400);
    // In the page's order: member or address (not both), the new administrator's name, the choice, the reason.
    const summary = summaryOf(await response.text());
    expect(summary.texts).toEqual([
      "Velg en eksisterende konto eller skriv en ny adresse – ikke begge.",
      REQUIRED,
      REQUIRED,
      REQUIRED,
    ]);
    expect(summary.links).toEqual([
      "hand-over-userId",
      "hand-over-name",
      "hand-over-previousAdmins",
      "hand-over-reason",
    ]);
  });

  it("finalising a score sheet names every step without a score and every score off the scale", async () => {
    const { competitionId, categoryIds } = createOpenCompetition(server.databasePath);
    const { caseId } = createSubmittedCase(server.databasePath, {
      competitionId,
      categoryId: categoryIds[0],
      title: "Svar innen én time",
    });
    const juror = await createUser(server.databasePath, { role: "juror" });
    assignConfirmed(server.databasePath, caseId, juror.id);
    const client = await loggedIn(server.baseUrl, juror);
    const response = await client.post(`/jury/cases/${caseId}`, {
      intent: "finalise",
      scorePromise: "",
      scoreAnchoring: "11",
      scoreRealisation: "",
    });
    expect(response.status).toBe(400);
    const summary = summaryOf(await response.text());
    expect(summary.texts).toEqual([
      "Gi poeng før du ferdigstiller.",
      "Velg et poeng fra 1 til 10.",
      "Gi poeng før du ferdigstiller.",
    ]);
    expect(summary.links).toEqual(["scorePromise", "scoreAnchoring", "scoreRealisation"]);
  });
});
