import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { createOpenCompetition, createUser, sqlRows, sqlRun } from "#tests/support/factories.ts";
import { smtpEnv, startSmtpCatcher, type SmtpCatcher } from "#tests/support/smtp-catcher.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
let smtp: SmtpCatcher;
let chair: HttpClient;
let entrant: HttpClient;
let juror: HttpClient;
let competitionId: number;
let categoryId: number;

/** Who is who: a company with only a draft, one with only a submitted case, one with both, one withdrawn. */
const people = {
  draftAdmin: "", // nb
  draftMember: "", // en
  draftPending: "", // asked to join, not approved: hears nothing
  submittedAdmin: "", // nb
  bothAdmin: "", // en
  withdrawnAdmin: "", // only a withdrawn case: in neither audience
};

async function companyWithCases(key: keyof typeof people, name: string, statuses: string[], locale = "nb") {
  const user = await createUser(server.databasePath, { role: "entrant", name });
  people[key] = user.email;
  sqlRun(server.databasePath, "UPDATE users SET locale = ? WHERE id = ?", locale, user.id);
  const [{ organisationId }] = sqlRows<{ organisationId: number }>(
    server.databasePath,
    "SELECT organisation_id AS organisationId FROM users WHERE id = ?",
    user.id,
  ) as [{ organisationId: number }];
  sqlRun(server.databasePath, "UPDATE organisations SET name = ? WHERE id = ?", `${name} AS`, organisationId);
  const now = Date.now();
  for (const status of statuses) {
    sqlRun(
      server.databasePath,
      `INSERT INTO cases (competition_id, category_id, organisation_id, title, status, submitted_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      competitionId,
      categoryId,
      organisationId,
      `${name}s sak (${status})`,
      status,
      status === "submitted" ? now : null,
      now,
      now,
    );
  }
  return { user, organisationId };
}

const mailingCount = () => sqlRows<{ n: number }>(server.databasePath, "SELECT count(*) AS n FROM mailings")[0]!.n;
const outboxOf = (mailingId: number) =>
  sqlRows<{ toEmail: string; subject: string; body: string; sentAt: number | null }>(
    server.databasePath,
    "SELECT to_email AS toEmail, subject, body, sent_at AS sentAt FROM outbox_mails WHERE mailing_id = ? ORDER BY to_email",
    mailingId,
  );
const auditCount = (action: string) =>
  sqlRows<{ n: number }>(server.databasePath, "SELECT count(*) AS n FROM audit_log WHERE action = ?", action)[0]!.n;

const texts = {
  subjectNb: "Hei {name}",
  bodyNb: "Kjære {name} i {organisation}: fristen nærmer seg.",
  subjectEn: "Hello {name}",
  bodyEn: "Dear {name} at {organisation}: the deadline is near.",
};

function mailingPost(fields: Record<string, string>) {
  return chair.post("/chair/mailings", { competitionId: String(competitionId), ...fields });
}

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  server = await startTestServer({ env: smtpEnv(smtp) });
  ({
    competitionId,
    categoryIds: [categoryId],
  } = createOpenCompetition(server.databasePath));
  const draft = await companyWithCases("draftAdmin", "Utkastbedriften", ["draft"]);
  people.draftMember = (
    await createUser(server.databasePath, {
      role: "entrant",
      name: "Engelsk Kollega",
      organisationId: draft.organisationId,
    })
  ).email;
  sqlRun(server.databasePath, "UPDATE users SET locale = 'en' WHERE email = ?", people.draftMember);
  people.draftPending = (
    await createUser(server.databasePath, {
      role: "entrant",
      organisationId: draft.organisationId,
      membership: "pending",
    })
  ).email;
  await companyWithCases("submittedAdmin", "Innsendtbedriften", ["submitted"]);
  await companyWithCases("bothAdmin", "Beggebedriften", ["draft", "submitted"], "en");
  const withdrawn = await companyWithCases("withdrawnAdmin", "Trukketbedriften", ["withdrawn"]);
  const chairUser = await createUser(server.databasePath, { role: "chair" });
  const jurorUser = await createUser(server.databasePath, { role: "juror" });
  chair = await loggedIn(server.baseUrl, chairUser);
  juror = await loggedIn(server.baseUrl, jurorUser);
  entrant = await loggedIn(server.baseUrl, withdrawn.user);
});

afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
});

describe("the chair's preview of a mailing", () => {
  it("lists the approved members of companies with unsubmitted drafts, shows one rendered mail, and queues nothing", async () => {
    const response = await mailingPost({ intent: "preview", audience: "drafts", ...texts });
    expect(response.status).toBe(200);
    const html = await response.text();
    const recipients = [...html.matchAll(/data-testid="mailing-recipient">[^<]*?&lt;([^&]+)&gt;/g)].map(
      ([, email]) => email,
    );
    expect(recipients.sort()).toEqual([people.bothAdmin, people.draftAdmin, people.draftMember].sort());
    const text = await pageText(new Response(html));
    expect(text).toContain("3 mottakere");
    // The first recipient (Beggebedriften reads English) sees the English text with their name filled in.
    expect(text).toContain("Hello Beggebedriften");
    expect(text).toContain("Dear Beggebedriften at Beggebedriften AS: the deadline is near.");
    expect(text).toContain("Ingenting er lagt i utboksen ennå.");
    expect(mailingCount()).toBe(0);
    expect(sqlRows<{ n: number }>(server.databasePath, "SELECT count(*) AS n FROM outbox_mails")[0]!.n).toBe(0);
  });

  it("lists companies with submitted cases for the submitted audience, a company with both in each", async () => {
    const html = await (await mailingPost({ intent: "preview", audience: "submitted", ...texts })).text();
    const recipients = [...html.matchAll(/&lt;([^&]+)&gt;/g)].map(([, email]) => email);
    expect(recipients.sort()).toEqual([people.bothAdmin, people.submittedAdmin].sort());
    expect(recipients).not.toContain(people.withdrawnAdmin);
    expect(recipients).not.toContain(people.draftPending);
  });

  it("lists only companies whose reopened case is not sent in again for the reopened audience", async () => {
    const recipientsOf = async () => {
      const html = await (await mailingPost({ intent: "preview", audience: "reopened", ...texts })).text();
      return [...html.matchAll(/&lt;([^&]+)&gt;/g)].map(([, email]) => email);
    };
    expect(await recipientsOf()).toEqual([]);
    const reopen = (at: number | null) =>
      sqlRun(
        server.databasePath,
        "UPDATE cases SET reopened_at = ? WHERE status = 'submitted' AND title LIKE 'Beggebedriften%'",
        at,
      );
    reopen(Date.now());
    try {
      expect(await recipientsOf()).toEqual([people.bothAdmin]);
    } finally {
      reopen(null);
    }
  });

  it("offers the deadline reminder with the deadline in Oslo time, to edit", async () => {
    const html = await (
      await chair.get(`/chair/mailings?competition=${competitionId}&template=deadline-reminder`)
    ).text();
    const deadline = sqlRows<{ at: number }>(
      server.databasePath,
      "SELECT submission_deadline_at AS at FROM competitions WHERE id = ?",
      competitionId,
    )[0]!.at;
    const oslo = new Intl.DateTimeFormat("nb-NO", {
      timeZone: "Europe/Oslo",
      hour: "2-digit",
      minute: "2-digit",
    }).format(deadline);
    expect(html).toMatch(
      new RegExp(`value="Påminnelse: fristen for Kundeservice Awards \\d{4} er [^"]*kl\\. ${oslo}"`),
    );
    expect(html).toMatch(/value="Reminder: the deadline for Kundeservice Awards \d{4} is [^"]+"/);
    const text = await pageText(new Response(html));
    expect(text).toContain("om en uke,");
    expect(text).toContain("har et utkast som ikke er sendt inn ennå");
    expect(text).toContain("{organisation}");
  });

  it("refuses bad input with a message and writes nothing", async () => {
    const missing = await mailingPost({ intent: "preview", audience: "drafts", subjectNb: "", bodyNb: "" });
    expect(missing.status).toBe(400);
    expect(await pageText(missing)).toContain("Fyll ut feltet.");
    const halfEnglish = await mailingPost({
      intent: "queue",
      audience: "drafts",
      ...texts,
      bodyEn: "",
      idempotencyKey: "k".repeat(20),
    });
    expect(halfEnglish.status).toBe(400);
    expect(await pageText(halfEnglish)).toContain("Skriv både emne og tekst på engelsk, eller la begge stå tomme.");
    const audience = await mailingPost({
      intent: "queue",
      audience: "everyone",
      ...texts,
      idempotencyKey: "k".repeat(20),
    });
    expect(audience.status).toBe(400);
    const noKey = await mailingPost({ intent: "queue", audience: "drafts", ...texts });
    expect(noKey.status).toBe(400);
    expect((await chair.post("/chair/mailings/1", { intent: "explode" })).status).toBe(400);
    expect((await chair.post("/chair/mailings/999999", { intent: "send" })).status).toBe(404);
    expect((await chair.get("/chair/mailings/abc")).status).toBe(404);
    expect(mailingCount()).toBe(0);
  });

  it("is the chair's alone", async () => {
    for (const client of [entrant, juror]) {
      expect((await client.get("/chair/mailings")).status).toBe(403);
      expect(
        (
          await client.post("/chair/mailings", {
            competitionId: String(competitionId),
            intent: "queue",
            audience: "drafts",
            ...texts,
            idempotencyKey: "x".repeat(20),
          })
        ).status,
      ).toBe(403);
    }
    expect(mailingCount()).toBe(0);
  });
});

/** Previews the draft the way the page does and returns what its "queue" button carries back. */
async function previewed(fields: Record<string, string>): Promise<string> {
  const html = await (await mailingPost({ intent: "preview", ...fields })).text();
  const fingerprint = /name="previewed" value="([0-9a-f]+)"/.exec(html)?.[1];
  if (!fingerprint) throw new Error("The preview offers no queue button");
  return fingerprint;
}

describe("queuing and sending a mailing", () => {
  let mailingId: number;
  const key = "a1b2c3d4-e5f6-4711-8899-aabbccddeeff";

  it("refuses to queue a text edited after its preview, and queues nothing", async () => {
    const fingerprint = await previewed({ audience: "drafts", ...texts });
    const edited = await mailingPost({
      intent: "queue",
      audience: "drafts",
      ...texts,
      bodyNb: "En annen tekst",
      idempotencyKey: "b".repeat(24),
      previewed: fingerprint,
    });
    expect(edited.status).toBe(409);
    expect(await pageText(edited)).toContain("Forhåndsvis på nytt før du legger den i utboksen.");
    const otherAudience = await mailingPost({
      intent: "queue",
      audience: "submitted",
      ...texts,
      idempotencyKey: "b".repeat(24),
      previewed: fingerprint,
    });
    expect(otherAudience.status).toBe(409);
    expect(mailingCount()).toBe(0);
  });

  it("queues one held mail per recipient in their language, once however often the form is posted", async () => {
    const fingerprint = await previewed({ audience: "drafts", ...texts });
    const queue = { intent: "queue", audience: "drafts", ...texts, idempotencyKey: key, previewed: fingerprint };
    const [first, second] = await Promise.all([mailingPost(queue), mailingPost(queue)]);
    expect([first.status, second.status]).toEqual([302, 302]);
    const locations = [first.headers.get("location")!, second.headers.get("location")!].sort();
    mailingId = Number(/\/chair\/mailings\/(\d+)/.exec(locations[0]!)?.[1]);
    expect(locations).toEqual([
      `/chair/mailings/${mailingId}?outcome=alreadyQueued`,
      `/chair/mailings/${mailingId}?outcome=queued`,
    ]);
    expect(mailingCount()).toBe(1);
    expect(auditCount("mailing.queued")).toBe(1);
    const mails = outboxOf(mailingId);
    expect(mails.map((mail) => mail.toEmail)).toEqual([people.bothAdmin, people.draftAdmin, people.draftMember].sort());
    const byEmail = new Map(mails.map((mail) => [mail.toEmail, mail]));
    expect(byEmail.get(people.draftAdmin)).toMatchObject({
      subject: "Hei Utkastbedriften",
      body: "Kjære Utkastbedriften i Utkastbedriften AS: fristen nærmer seg.",
    });
    expect(byEmail.get(people.draftMember)).toMatchObject({
      subject: "Hello Engelsk Kollega",
      body: "Dear Engelsk Kollega at Utkastbedriften AS: the deadline is near.",
    });
    expect(mails.every((mail) => mail.sentAt === null)).toBe(true);
    expect(smtp.messages).toHaveLength(0);

    const page = await pageText(await chair.get(`/chair/mailings/${mailingId}?outcome=queued`));
    expect(page).toContain("Holdes tilbake");
    expect(page).toContain("Send 3 e-poster nå");
    const list = await pageText(await chair.get(`/chair/mailings?competition=${competitionId}`));
    expect(list).toContain("Hei {name}");
    expect(list).toContain("Holdes tilbake");
  });

  it("sends the held mails when the chair presses send, and only what did not go on a second press", async () => {
    const response = await chair.post(`/chair/mailings/${mailingId}`, { intent: "send" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/chair/mailings/${mailingId}?outcome=sent&sent=3&failed=0`);
    expect(outboxOf(mailingId).every((mail) => mail.sentAt !== null)).toBe(true);
    const english = await smtp.nextTo(people.draftMember, 0);
    expect(english.subject).toBe("Hello Engelsk Kollega");
    expect(english.text).toContain("Dear Engelsk Kollega at Utkastbedriften AS: the deadline is near.");
    expect(smtp.messages.map((message) => message.subject).sort()).toEqual(
      ["Hei Utkastbedriften", "Hello Engelsk Kollega", "Hello Beggebedriften"].sort(),
    );
    expect(auditCount("mailing.sent")).toBe(1);
    const page = await pageText(await chair.get(`/chair/mailings/${mailingId}`));
    expect(page).toMatch(/Sendt \d/);
    expect(page).not.toContain("e-poster nå");

    const again = await chair.post(`/chair/mailings/${mailingId}`, { intent: "send" });
    expect(again.headers.get("location")).toContain("sent=0&failed=0");
    expect(smtp.messages).toHaveLength(3);
  });

  it("is sent by the chair alone", async () => {
    expect((await juror.post(`/chair/mailings/${mailingId}`, { intent: "send" })).status).toBe(403);
    expect((await entrant.get(`/chair/mailings/${mailingId}`)).status).toBe(403);
  });
});
