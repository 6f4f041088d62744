import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ATTEMPT_LIMITS } from "#app/domain/throttle.ts";
import {
  auditActions,
  createOpenCompetition,
  createUser,
  nextOrgNumber,
  sqlRows,
  sqlRun,
  TEST_PASSWORD,
  uniqueEmail,
} from "#tests/support/factories.ts";
import { HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { smtpEnv, startSmtpCatcher, type SmtpCatcher } from "#tests/support/smtp-catcher.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";
import { formatOrgNumber } from "#app/domain/org-number.ts";

// TRUST_PROXY lets each registration come from its own IP, so the per-client limit stays out of
// the way except in the test about it.
let smtp: SmtpCatcher;
let server: TestServer;
let competitionId: number;
let categoryId: number;
let ipCounter = 0;
const nextIp = () => `198.51.100.${(ipCounter += 1) % 250}`;

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  server = await startTestServer({ env: { ...smtpEnv(smtp), TRUST_PROXY: "true" } });
  ({
    competitionId,
    categoryIds: [categoryId],
  } = createOpenCompetition(server.databasePath));
});

afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
});

function postFrom(client: HttpClient, ip: string, path: string, fields: Record<string, string>) {
  return client.send(path, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: client.baseUrl, "X-Forwarded-For": ip },
  });
}

type Registration = { organisationName?: string; orgNumber: string; name?: string; email: string };

async function register(person: Registration, options: { ip?: string; baseUrl?: string } = {}) {
  const client = new HttpClient(options.baseUrl ?? server.baseUrl);
  const before = smtp.messages.length;
  const response = await postFrom(client, options.ip ?? nextIp(), "/register", {
    organisationName: "Kundebanken ASA",
    name: "Kari Nordmann",
    password: TEST_PASSWORD,
    ...person,
  });
  return { client, response, before };
}

/** The path of the verification link in the mail to `email` that came after `before` messages. */
async function verificationPath(email: string, before: number): Promise<string> {
  const mail = await smtp.nextTo(email, before);
  const link = /https?:\/\/\S+\/verify-email\/[\w-]+/.exec(mail.text ?? "")?.[0];
  expect(link).toBeDefined();
  return new URL(link!).pathname;
}

/** Registers and opens the mailed link, as someone who owns the mailbox. */
async function registerVerified(person: Registration) {
  const { client, response, before } = await register(person);
  expect(response.status).toBe(302);
  const opened = await client.get(await verificationPath(person.email, before));
  expect(opened.status).toBe(302);
  return client;
}

function userId(email: string): string {
  return sqlRows<{ id: string }>(server.databasePath, "SELECT id FROM users WHERE email = ?", email)[0]!.id;
}

function organisationIdOf(orgNumber: string): number {
  return sqlRows<{ id: number }>(
    server.databasePath,
    "SELECT id FROM organisations WHERE org_number = ?",
    orgNumber,
  )[0]!.id;
}

function caseFor(organisationId: number, title: string): number {
  sqlRun(
    server.databasePath,
    `INSERT INTO cases (competition_id, category_id, organisation_id, title, summary, service_promise, anchoring,
       realisation, status, submitted_at, updated_at, created_at)
     VALUES (?, ?, ?, ?, 'Sammendrag', 'Løftet', 'Forankringen', 'Gjennomføringen', 'submitted', ?, ?, ?)`,
    competitionId,
    categoryId,
    organisationId,
    title,
    Date.now(),
    Date.now(),
    Date.now(),
  );
  return sqlRows<{ id: number }>(server.databasePath, "SELECT id FROM cases WHERE title = ?", title)[0]!.id;
}

describe("anyone could join a company (the issue's findings)", () => {
  it("gives an address on the company's domain no access until an administrator approves it", async () => {
    const orgNumber = nextOrgNumber();
    const founderEmail = uniqueEmail("grunnlegger", "kundebanken.no");
    const founder = await registerVerified({ orgNumber, email: founderEmail, name: "Grete Grunnlegger" });
    const organisationId = organisationIdOf(orgNumber);
    const caseId = caseFor(organisationId, `Kundebankens løfte ${orgNumber}`);
    expect((await founder.get(`/entrant/cases/${caseId}`)).status).toBe(200);

    const newcomerEmail = uniqueEmail("no-such-mailbox", "kundebanken.no");
    const {
      client: newcomer,
      response,
      before,
    } = await register({ orgNumber, email: newcomerEmail, name: "Ny Kollega" });
    expect(response.status).toBe(302);
    // Before the link is opened: nothing but the check-mail page.
    for (const path of ["/entrant", `/entrant/cases/${caseId}`, "/entrant/organisation", "/profile"]) {
      const page = await newcomer.get(path);
      expect(page.status).toBe(302);
      expect(page.headers.get("location")).toBe("/verify-email");
    }
    const adminMailsBefore = smtp.messages.length;
    expect((await newcomer.get(await verificationPath(newcomerEmail, before))).status).toBe(302);

    // Verified but pending: a calm waiting page, and none of the company's cases, files or profile.
    const home = await newcomer.get("/entrant");
    expect(home.status).toBe(200);
    const text = await pageText(home);
    expect(text).toContain("Venter på godkjenning");
    expect(text).not.toContain("Kundebankens løfte");
    for (const path of [`/entrant/cases/${caseId}`, "/entrant/organisation", "/entrant/members"]) {
      const page = await newcomer.get(path);
      expect(page.status).toBe(302);
      expect(page.headers.get("location")).toBe("/entrant");
    }
    const withdraw = await newcomer.post(`/entrant/cases/${caseId}`, { intent: "withdraw" });
    expect(withdraw.status).toBe(302);
    expect(sqlRows<{ status: string }>(server.databasePath, "SELECT status FROM cases WHERE id = ?", caseId)).toEqual([
      { status: "submitted" },
    ]);
    const contact = await newcomer.post("/entrant/organisation", { name: "Overtatt", contactEmail: newcomerEmail });
    expect(contact.status).toBe(302);
    expect(
      sqlRows<{ name: string }>(server.databasePath, "SELECT name FROM organisations WHERE id = ?", organisationId),
    ).toEqual([{ name: "Kundebanken ASA" }]);

    // The administrator is told, and approves on the members page.
    const notice = await smtp.nextTo(founderEmail, adminMailsBefore);
    expect(notice.subject).toBe("Ny Kollega vil bli med i Kundebanken ASA");
    expect(notice.text).toContain(newcomerEmail);
    expect(notice.text).toMatch(/\/entrant\/members/);
    const members = await pageText(await founder.get("/entrant/members"));
    expect(members).toContain("Ny Kollega");
    expect(members).toContain("Venter på godkjenning");
    const approvedBefore = smtp.messages.length;
    const approve = await founder.post("/entrant/members", { intent: "approve", userId: userId(newcomerEmail) });
    expect(approve.status).toBe(302);
    expect((await newcomer.get(`/entrant/cases/${caseId}`)).status).toBe(200);
    expect((await smtp.nextTo(newcomerEmail, approvedBefore)).subject).toBe(
      "Du er godkjent som medlem av Kundebanken ASA",
    );
    expect(auditActions(server.databasePath, "organisation", organisationId)).toEqual(
      expect.arrayContaining(["membership.claimed", "membership.requested", "membership.approve"]),
    );
  });

  it("lets the real company register a number a stranger registered but never verified", async () => {
    const orgNumber = nextOrgNumber();
    const stranger = await register({
      orgNumber,
      email: uniqueEmail("squatter", "gmail.com"),
      organisationName: "Falsk",
    });
    expect(stranger.response.status).toBe(302);

    const realEmail = uniqueEmail("ekte", "ektebedrift.no");
    const real = await register({ orgNumber, email: realEmail, organisationName: "Ekte Bedrift AS" });
    expect(real.response.status).toBe(302);
    expect(await pageText(real.response)).not.toContain("allerede registrert");
    expect((await real.client.get(await verificationPath(realEmail, real.before))).status).toBe(302);
    const home = await pageText(await real.client.get("/entrant"));
    expect(home).toContain("Ekte Bedrift AS");
    expect(home).toContain(`Org.nr. ${formatOrgNumber(orgNumber)}`);

    // The stranger verifying later only asks to join.
    const strangerEmail = sqlRows<{ email: string }>(
      server.databasePath,
      "SELECT email FROM users WHERE email LIKE 'squatter-%' ORDER BY created_at DESC LIMIT 1",
    )[0]!.email;
    await stranger.client.get(await verificationPath(strangerEmail, stranger.before));
    expect(await pageText(await stranger.client.get("/entrant"))).toContain("Venter på godkjenning");
    expect(
      sqlRows(
        server.databasePath,
        "SELECT membership FROM users WHERE email IN (?, ?) ORDER BY membership",
        realEmail,
        strangerEmail,
      ),
    ).toEqual([{ membership: "admin" }, { membership: "pending" }]);
  });

  it("frees an address whose registration was never verified once its day has passed", async () => {
    const email = uniqueEmail("glemt", "eksempel.no");
    const first = await register({ orgNumber: nextOrgNumber(), email });
    expect(first.response.status).toBe(302);
    const again = await register({ orgNumber: nextOrgNumber(), email });
    expect(again.response.status).toBe(400);
    expect(await pageText(again.response)).toContain("Det finnes allerede en konto med denne e-postadressen.");
    sqlRun(server.databasePath, "UPDATE users SET created_at = ? WHERE email = ?", Date.now() - 25 * 3_600_000, email);
    const later = await register({ orgNumber: nextOrgNumber(), email });
    expect(later.response.status).toBe(302);
    expect(sqlRows(server.databasePath, "SELECT count(*) AS n FROM users WHERE email = ?", email)).toEqual([{ n: 1 }]);
  });
});

describe("the check-mail page and the link", () => {
  it("keeps an unverified account on the check-mail page, where it can log out and switch language", async () => {
    const email = uniqueEmail("venter", "eksempel.no");
    const { client } = await register({ orgNumber: nextOrgNumber(), email });
    const page = await client.get("/verify-email");
    expect(page.status).toBe(200);
    expect(await pageText(page)).toContain(`Vi har sendt en lenke til ${email}`);
    expect((await client.post("/language", { locale: "en", redirectTo: "/verify-email" })).status).toBe(302);
    expect(await pageText(await client.get("/verify-email"))).toContain("Check your e-mail");
    expect((await client.post("/logout", {})).status).toBe(302);
    expect((await client.get("/verify-email")).headers.get("location")).toBe("/login?redirectTo=%2Fverify-email");
  });

  it("mails the link in the language the registrant used, and stores only its hash", async () => {
    const email = uniqueEmail("english", "eksempel.no");
    const client = new HttpClient(server.baseUrl);
    await client.post("/language", { locale: "en", redirectTo: "/register" });
    const before = smtp.messages.length;
    const response = await postFrom(client, nextIp(), "/register", {
      organisationName: "English Ltd",
      orgNumber: nextOrgNumber(),
      name: "Jane Doe",
      email,
      password: TEST_PASSWORD,
    });
    expect(response.status).toBe(302);
    const mail = await smtp.nextTo(email, before);
    expect(mail.subject).toBe("Confirm your e-mail address for Kundeservice Awards");
    const token = /\/verify-email\/([\w-]+)/.exec(mail.text ?? "")![1]!;
    const stored = sqlRows(server.databasePath, "SELECT token_hash FROM email_verification_tokens");
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(sqlRows(server.databasePath, "SELECT locale FROM users WHERE email = ?", email)).toEqual([{ locale: "en" }]);
  });

  it("works once, only for its own account signed in, and not after a day", async () => {
    const email = uniqueEmail("lenke", "eksempel.no");
    const { client, before } = await register({ orgNumber: nextOrgNumber(), email });
    const path = await verificationPath(email, before);

    const anonymous = await new HttpClient(server.baseUrl).get(path);
    expect(anonymous.headers.get("location")).toBe(`/login?redirectTo=${encodeURIComponent(path)}`);
    const other = await createUser(server.databasePath, { role: "entrant" });
    const otherClient = await loggedIn(server.baseUrl, other);
    expect((await otherClient.get(path)).status).toBe(404);
    expect((await client.get("/verify-email/not-a-real-token")).status).toBe(404);

    sqlRun(
      server.databasePath,
      "UPDATE email_verification_tokens SET expires_at = ? WHERE email = ?",
      Date.now() - 1,
      email,
    );
    const expired = await client.get(path);
    expect(expired.status).toBe(410);
    expect(await pageText(expired)).toContain("Lenken er utløpt");

    sqlRun(
      server.databasePath,
      "UPDATE email_verification_tokens SET expires_at = ? WHERE email = ?",
      Date.now() + 60_000,
      email,
    );
    const opened = await client.get(path);
    expect(opened.status).toBe(302);
    expect(opened.headers.get("location")).toBe("/entrant");
    expect((await client.get("/entrant")).status).toBe(200);
    expect((await client.get("/verify-email")).headers.get("location")).toBe("/entrant");
    expect((await client.get(path)).status).toBe(410);
    expect(auditActions(server.databasePath, "user", userId(email))).toEqual([
      "account.registered",
      "account.email-verified",
    ]);
  });

  it("sends a new link on request, and to a corrected address, where the old link stops working", async () => {
    const wrong = uniqueEmail("feil", "eksempel.no");
    const { client, before } = await register({ orgNumber: nextOrgNumber(), email: wrong });
    const firstPath = await verificationPath(wrong, before);
    const ip = nextIp();

    const resentBefore = smtp.messages.length;
    const resend = await postFrom(client, ip, "/verify-email", { intent: "resend" });
    expect(resend.headers.get("location")).toBe("/verify-email?sent");
    const secondPath = await verificationPath(wrong, resentBefore);
    expect(secondPath).not.toBe(firstPath);
    expect((await client.get(firstPath)).status).toBe(404);

    const right = uniqueEmail("riktig", "eksempel.no");
    const badInput = await postFrom(client, ip, "/verify-email", { intent: "correct", email: "ikke en adresse" });
    expect(badInput.status).toBe(400);
    const correctedBefore = smtp.messages.length;
    const corrected = await postFrom(client, ip, "/verify-email", { intent: "correct", email: right });
    expect(corrected.status).toBe(302);
    const rightPath = await verificationPath(right, correctedBefore);
    expect((await client.get(secondPath)).status).toBe(404);
    expect(await pageText(await client.get("/verify-email"))).toContain(right);
    expect((await client.get(rightPath)).status).toBe(302);
    expect(sqlRows(server.databasePath, "SELECT count(*) AS n FROM users WHERE email = ?", wrong)).toEqual([{ n: 0 }]);
  });

  it("limits how often a link is sent again", async () => {
    const email = uniqueEmail("mange", "eksempel.no");
    const { client } = await register({ orgNumber: nextOrgNumber(), email });
    const ip = nextIp();
    for (let n = 0; n < ATTEMPT_LIMITS.verifyMail.perSubjectFromClient; n += 1) {
      expect((await postFrom(client, ip, "/verify-email", { intent: "resend" })).status).toBe(302);
    }
    const limited = await postFrom(client, ip, "/verify-email", { intent: "resend" });
    expect(limited.status).toBe(429);
    expect(await pageText(limited)).toMatch(/Vent \d+ minutter/);
  });

  it("limits registrations per address and per client", async () => {
    const email = uniqueEmail("flom", "eksempel.no");
    const ip = nextIp();
    for (let n = 0; n < ATTEMPT_LIMITS.register.perSubjectFromClient; n += 1) {
      expect([302, 400]).toContain((await register({ orgNumber: nextOrgNumber(), email }, { ip })).response.status);
    }
    const perAddress = await register({ orgNumber: nextOrgNumber(), email }, { ip });
    expect(perAddress.response.status).toBe(429);
    expect(await pageText(perAddress.response)).toContain("Vent");

    const busyIp = nextIp();
    for (let n = 0; n < ATTEMPT_LIMITS.register.perClient; n += 1) {
      // Bad input is refused before it counts; only complete registrations reach the limit.
      await register({ orgNumber: nextOrgNumber(), email: uniqueEmail("klient", "eksempel.no") }, { ip: busyIp });
    }
    const perClient = await register(
      { orgNumber: nextOrgNumber(), email: uniqueEmail("klient", "eksempel.no") },
      { ip: busyIp },
    );
    expect(perClient.response.status).toBe(429);
  });
});

describe("the members page", () => {
  async function companyWithPending() {
    const orgNumber = nextOrgNumber();
    const adminEmail = uniqueEmail("admin", "firma.no");
    const admin = await registerVerified({ orgNumber, email: adminEmail, name: "Anne Admin" });
    const pendingEmail = uniqueEmail("soker", "gmail.com");
    const pending = await registerVerified({ orgNumber, email: pendingEmail, name: "Sigurd Søker" });
    return { orgNumber, organisationId: organisationIdOf(orgNumber), admin, adminEmail, pending, pendingEmail };
  }

  it("refuses a request: the account closes, its session ends and the address is free again", async () => {
    const { admin, pending, pendingEmail, organisationId } = await companyWithPending();
    const id = userId(pendingEmail);
    expect((await admin.post("/entrant/members", { intent: "refuse", userId: id })).status).toBe(302);
    expect((await pending.get("/entrant")).headers.get("location")).toContain("/login");
    expect(sqlRows(server.databasePath, "SELECT count(*) AS n FROM sessions WHERE user_id = ?", id)).toEqual([
      { n: 0 },
    ]);
    expect(sqlRows(server.databasePath, "SELECT count(*) AS n FROM users WHERE email = ?", pendingEmail)).toEqual([
      { n: 0 },
    ]);
    expect((await register({ orgNumber: nextOrgNumber(), email: pendingEmail })).response.status).toBe(302);
    expect(auditActions(server.databasePath, "organisation", organisationId)).toContain("membership.refuse");
  });

  it("lets an administrator promote, step down, and remove, but never leaves the company without one", async () => {
    const { admin, adminEmail, pending, pendingEmail } = await companyWithPending();
    const adminId = userId(adminEmail);
    const memberId = userId(pendingEmail);
    const leaveAlone = await admin.post("/entrant/members", { intent: "remove", userId: adminId });
    expect(leaveAlone.status).toBe(409);
    expect(await pageText(leaveAlone)).toContain("Bedriften må ha minst én administrator.");
    expect((await admin.post("/entrant/members", { intent: "step-down", userId: adminId })).status).toBe(409);

    expect((await admin.post("/entrant/members", { intent: "make-admin", userId: memberId })).status).toBe(409);
    expect((await admin.post("/entrant/members", { intent: "approve", userId: memberId })).status).toBe(302);
    // An ordinary member sees the list but decides nothing.
    expect((await pending.get("/entrant/members")).status).toBe(200);
    expect((await pending.post("/entrant/members", { intent: "remove", userId: adminId })).status).toBe(403);
    expect((await admin.post("/entrant/members", { intent: "make-admin", userId: memberId })).status).toBe(302);
    expect((await admin.post("/entrant/members", { intent: "step-down", userId: adminId })).status).toBe(302);
    expect((await pending.post("/entrant/members", { intent: "remove", userId: adminId })).status).toBe(302);
    expect((await admin.get("/entrant")).headers.get("location")).toContain("/login");
    expect((await pending.post("/entrant/members", { intent: "approve", userId: "nobody" })).status).toBe(404);
    expect((await pending.post("/entrant/members", { intent: "dance", userId: memberId })).status).toBe(400);
  });

  it("gives another company's administrator nothing", async () => {
    const { pendingEmail } = await companyWithPending();
    const other = await registerVerified({ orgNumber: nextOrgNumber(), email: uniqueEmail("annen", "annen.no") });
    expect((await other.post("/entrant/members", { intent: "approve", userId: userId(pendingEmail) })).status).toBe(
      404,
    );
    expect(await pageText(await other.get("/entrant/members"))).not.toContain("Sigurd Søker");
  });

  it("has no e-mail domain on the organisation page any more", async () => {
    const { admin } = await companyWithPending();
    const html = await (await admin.get("/entrant/organisation")).text();
    expect(html).not.toContain("E-postdomene");
    expect(html).not.toContain('name="emailDomain"');
  });
});

describe("the chair and the companies", () => {
  let chair: HttpClient;
  beforeAll(async () => {
    const account = await createUser(server.databasePath, { role: "chair" });
    chair = await loggedIn(server.baseUrl, account);
  });

  it("lists companies with waiting requests first and approves from the company page", async () => {
    const orgNumber = nextOrgNumber();
    await registerVerified({
      orgNumber,
      email: uniqueEmail("forst", "venteliste.no"),
      organisationName: "Venteliste AS",
    });
    const waitingEmail = uniqueEmail("venter", "venteliste.no");
    const waiting = await registerVerified({ orgNumber, email: waitingEmail, organisationName: "Venteliste AS" });
    const list = await chair.get("/chair/organisations");
    expect(list.status).toBe(200);
    const text = await pageText(list);
    // English Ltd (an earlier test) has nobody waiting, so it comes later.
    expect(text).toContain("English Ltd");
    expect(text.indexOf("Venteliste AS")).toBeLessThan(text.indexOf("English Ltd"));
    const filtered = await pageText(await chair.get(`/chair/organisations?q=${orgNumber}`));
    expect(filtered).toContain("Venteliste AS");
    expect((await chair.get("/chair/organisations?sort=name")).status).toBe(200);

    const organisationId = organisationIdOf(orgNumber);
    const approve = await chair.post(`/chair/organisations/${organisationId}`, {
      intent: "approve",
      userId: userId(waitingEmail),
    });
    expect(approve.status).toBe(302);
    expect(await pageText(await waiting.get("/entrant"))).toContain(`Org.nr. ${formatOrgNumber(orgNumber)}`);

    const entrant = await createUser(server.databasePath, { role: "entrant" });
    const entrantClient = await loggedIn(server.baseUrl, entrant);
    expect((await entrantClient.get("/chair/organisations")).status).toBe(403);
    expect((await entrantClient.get(`/chair/organisations/${organisationId}`)).status).toBe(403);
    expect((await chair.get("/chair/organisations/999999")).status).toBe(404);
    expect((await chair.get("/chair/organisations/abc")).status).toBe(404);
  });

  it("hands a squatted company to its rightful administrator, with a reason in the log", async () => {
    const orgNumber = nextOrgNumber();
    const squatterEmail = uniqueEmail("squatter", "gmail.com");
    const squatter = await registerVerified({ orgNumber, email: squatterEmail, organisationName: "Rett Eier AS" });
    const ownerEmail = uniqueEmail("eier", "retteier.no");
    await registerVerified({ orgNumber, email: ownerEmail, organisationName: "Rett Eier AS" });
    const organisationId = organisationIdOf(orgNumber);

    const noReason = await chair.post(`/chair/organisations/${organisationId}`, {
      intent: "hand-over",
      userId: userId(ownerEmail),
      previousAdmins: "remove",
      reason: "",
    });
    expect(noReason.status).toBe(400);
    const handOver = await chair.post(`/chair/organisations/${organisationId}`, {
      intent: "hand-over",
      userId: userId(ownerEmail),
      previousAdmins: "remove",
      reason: "Bekreftet med daglig leder på telefon",
    });
    expect(handOver.status).toBe(302);
    expect((await squatter.get("/entrant")).headers.get("location")).toContain("/login");
    expect(sqlRows(server.databasePath, "SELECT membership FROM users WHERE email = ?", ownerEmail)).toEqual([
      { membership: "admin" },
    ]);
    const audit = sqlRows<{ details: string }>(
      server.databasePath,
      "SELECT details FROM audit_log WHERE action = 'organisation.handed-over' AND subject_id = ?",
      String(organisationId),
    );
    expect(audit[0]!.details).toContain("Bekreftet med daglig leder på telefon");

    const newEmail = uniqueEmail("ny-leder", "retteier.no");
    const before = smtp.messages.length;
    const toNewAddress = await chair.post(`/chair/organisations/${organisationId}`, {
      intent: "hand-over",
      email: newEmail,
      name: "Nina Ny",
      previousAdmins: "demote",
      reason: "Ny daglig leder",
    });
    expect(toNewAddress.status).toBe(302);
    const mail = await smtp.nextTo(newEmail, before);
    expect(mail.subject).toBe("Du er administrator for Rett Eier AS");
    expect(sqlRows(server.databasePath, "SELECT membership FROM users WHERE email = ?", ownerEmail)).toEqual([
      { membership: "member" },
    ]);
  });
});

describe("the Brønnøysund look-up (BRREG_URL)", () => {
  let registry: Server;
  let brregServer: TestServer;
  const KNOWN = nextOrgNumber();
  const DELETED = nextOrgNumber();
  const BROKEN = nextOrgNumber();

  beforeAll(async () => {
    registry = createServer((request, response) => {
      const number = /\/enheter\/(\d+)$/.exec(request.url ?? "")?.[1];
      if (number === KNOWN) {
        response.writeHead(200, { "Content-Type": "application/json" });
        response.end(JSON.stringify({ organisasjonsnummer: KNOWN, navn: "REGISTRERT NAVN AS" }));
      } else if (number === DELETED) {
        response.writeHead(410).end();
      } else if (number === BROKEN) {
        request.socket.destroy();
      } else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => registry.listen(0, "127.0.0.1", resolve));
    const { port } = registry.address() as AddressInfo;
    brregServer = await startTestServer({
      env: { ...smtpEnv(smtp), TRUST_PROXY: "true", BRREG_URL: `http://127.0.0.1:${port}/enhetsregisteret/api` },
    });
  });

  afterAll(async () => {
    await brregServer?.stop();
    await new Promise((resolve) => registry?.close(resolve));
  });

  const registerThere = (orgNumber: string, organisationName = "Skrevet Navn") =>
    register(
      { orgNumber, organisationName, email: uniqueEmail("brreg", "eksempel.no") },
      { baseUrl: brregServer.baseUrl },
    );

  it("takes the name from the register and does not ask for it", async () => {
    expect(await pageText(await new HttpClient(brregServer.baseUrl).get("/register"))).not.toContain("Bedriftens navn");
    const { response } = await registerThere(KNOWN, "");
    expect(response.status).toBe(302);
    const rows = sqlRows(brregServer.databasePath, "SELECT name FROM organisations WHERE org_number = ?", KNOWN);
    expect(rows).toEqual([{ name: "REGISTRERT NAVN AS" }]);
  });

  it("refuses a number the register does not know or has deleted, keeping what was typed", async () => {
    const unknown = await registerThere(nextOrgNumber());
    expect(unknown.response.status).toBe(400);
    const html = await unknown.response.text();
    expect(html).toContain("Organisasjonsnummeret finnes ikke i Enhetsregisteret.");
    expect(html).toContain('value="Kari Nordmann"');
    const deleted = await registerThere(DELETED);
    expect(deleted.response.status).toBe(400);
    expect(await pageText(deleted.response)).toContain("slettet i Enhetsregisteret");
  });

  it("says to try again later when the register cannot be reached", async () => {
    const { response } = await registerThere(BROKEN);
    expect(response.status).toBe(503);
    expect(await pageText(response)).toContain("Vi får ikke kontakt med Enhetsregisteret akkurat nå.");
  });
});
