import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PersonalData } from "#app/domain/personal-data.server.ts";
import {
  auditActions,
  createUser,
  moveSubmissionDeadline,
  sqlRows,
  sqlRun,
  TEST_PASSWORD,
  uniqueEmail,
  VALID_ORG_NUMBERS,
} from "#tests/support/factories.ts";
import { writeAndSubmitCase } from "#tests/support/entrant-cases.ts";
import { HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { createScoredCompetition } from "#tests/support/scored-competition.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
let scored: Awaited<ReturnType<typeof createScoredCompetition>>;
let categoryId: number;

// One competition a year: the entrants below submit into the scored one (its deadline moved ahead
// for them), whose winners the last test publishes once the deadline has passed (after which no
// company's case holds its administrator back any more).
beforeAll(async () => {
  server = await startTestServer();
  scored = await createScoredCompetition(server);
  categoryId = scored.categoryIds[0];
  moveSubmissionDeadline(server.databasePath, scored.competitionId, 7);
});

afterAll(async () => {
  await server?.stop();
});

function makeAdmin(userId: string) {
  sqlRun(server.databasePath, "UPDATE users SET membership = 'admin' WHERE id = ?", userId);
}

async function entrant(options: { organisationId?: number; name?: string; admin?: boolean } = {}) {
  const user = await createUser(server.databasePath, { role: "entrant", ...options });
  if (options.admin) makeAdmin(user.id);
  const organisationId = sqlRows<{ organisation_id: number }>(
    server.databasePath,
    "SELECT organisation_id FROM users WHERE id = ?",
    user.id,
  )[0]!.organisation_id;
  return { ...user, organisationId, client: await loggedIn(server.baseUrl, user) };
}

const deleteAccount = (client: HttpClient, password = TEST_PASSWORD) =>
  client.post("/profile/delete", { currentPassword: password, confirm: "yes" });

describe("downloading my data", () => {
  it("gives the user their account, company, cases with attachment list and sessions, and nothing else", async () => {
    const me = await entrant({ name: "Kari Eksport", admin: true });
    const { caseId } = await writeAndSubmitCase(me.client, categoryId, {
      title: "Vår egen sak",
      attachmentName: "Vår rapport.pdf",
    });
    const stranger = await entrant({ name: "Per Fremmed" });
    await writeAndSubmitCase(stranger.client, categoryId, {
      title: "Fremmed sak",
      attachmentName: "Fremmed rapport.pdf",
    });

    const response = await me.client.get("/profile/data.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.json"$/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.text();
    const exported = JSON.parse(body) as PersonalData;

    expect(exported.account).toMatchObject({ name: "Kari Eksport", email: me.email, role: "entrant" });
    expect(exported.company?.name).toMatch(/^Testbedrift/);
    expect(exported.cases).toHaveLength(1);
    expect(exported.cases[0]).toMatchObject({ title: "Vår egen sak", status: "submitted" });
    expect(exported.cases[0]?.reference).toMatch(new RegExp(`-${String(caseId).padStart(4, "0")}$`));
    expect(exported.cases[0]?.attachments).toEqual([
      expect.objectContaining({ name: "Vår rapport.pdf", type: "application/pdf", uploadedBy: "Kari Eksport" }),
    ]);
    expect(exported.auditEntries.map((entry) => entry.action)).toContain("case.submitted");
    expect(exported.sessions.length).toBeGreaterThan(0);
    for (const session of exported.sessions) expect(Object.keys(session).sort()).toEqual(["createdAt", "expiresAt"]);

    expect(body).not.toContain("Fremmed");
    expect(body).not.toContain(stranger.email);
    expect(body).not.toContain("$argon2");
    expect(body).not.toMatch(/passwordHash|tokenHash|token_hash/);
  });

  it("gives a juror the sheets they wrote and the reminders sent to them, and nobody's data to a visitor who is not logged in", async () => {
    const [juror, colleague] = scored.jurorIds;
    const remind = (jurorId: string, key: string) =>
      sqlRun(
        server.databasePath,
        "INSERT INTO reminders (competition_id, round, juror_id, batch_key, sent_at) VALUES (?, 'main', ?, ?, ?)",
        scored.competitionId,
        jurorId,
        key,
        Date.parse("2026-11-20T09:00:00Z"),
      );
    remind(juror!, "mine");
    remind(colleague!, "theirs");
    const exported = (await (await scored.jurors[0]!.get("/profile/data.json")).json()) as PersonalData;
    expect(exported.remindersReceived).toEqual([
      { competition: expect.any(String), round: "main", sentAt: "2026-11-20T09:00:00.000Z" },
    ]);
    expect(exported.account.role).toBe("juror");
    expect(exported.cases).toEqual([]);
    expect(exported.scoreSheets).toHaveLength(4);
    expect(exported.scoreSheets[0]).toMatchObject({ status: "final", commentRealisation: "Kommentar 1 om sol" });

    const anonymous = await new HttpClient(server.baseUrl).get("/profile/data.json");
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toContain("/login");
  });
});

describe("deleting an entrant's account", () => {
  it("refuses the last administrator of a company with a submitted case, and says why", async () => {
    const admin = await entrant({ admin: true });
    await writeAndSubmitCase(admin.client, categoryId);

    const page = await pageText(await admin.client.get("/profile/delete"));
    expect(page).toContain("Kontoen kan ikke slettes nå");
    expect(page).toContain("Du er den eneste administratoren for Testbedrift");
    const refused = await deleteAccount(admin.client);
    expect(refused.status).toBe(403);
    expect(await pageText(refused)).toContain("gjør en kollega til administrator først");
    expect((await admin.client.get("/entrant")).status).toBe(200);

    // Says it in English to a reader who chose English.
    await admin.client.post("/language", { locale: "en", redirectTo: "/profile/delete" });
    expect(await pageText(await admin.client.get("/profile/delete"))).toContain(
      "You are the only administrator of Testbedrift",
    );
  });

  it("asks for the password and the confirmation, then ends every session and frees the address", async () => {
    const admin = await entrant({ admin: true, name: "Ola Slettes" });
    await writeAndSubmitCase(admin.client, categoryId, { attachmentName: "Bevis.pdf" });
    const colleague = await entrant({ organisationId: admin.organisationId, admin: true, name: "Kollega Blir" });
    const otherBrowser = await loggedIn(server.baseUrl, admin);

    const unconfirmed = await admin.client.post("/profile/delete", { currentPassword: TEST_PASSWORD });
    expect(unconfirmed.status).toBe(400);
    expect(await pageText(unconfirmed)).toContain("Kryss av for å bekrefte at du vil slette kontoen.");
    const wrong = await deleteAccount(admin.client, "ikke mitt passord");
    expect(wrong.status).toBe(400);
    expect(await pageText(wrong)).toContain("Nåværende passord er feil.");

    const deleted = await deleteAccount(admin.client);
    expect(deleted.status).toBe(302);
    expect(deleted.headers.get("location")).toBe("/profile/delete?deleted=1");
    expect(await pageText(await admin.client.get("/profile/delete?deleted=1"))).toContain("Kontoen er slettet");
    expect((await otherBrowser.get("/entrant")).status).toBe(302);
    expect(
      (await new HttpClient(server.baseUrl).post("/login", { email: admin.email, password: TEST_PASSWORD })).status,
    ).not.toBe(302);

    const [row] = sqlRows<{ name: string; email: string; password_hash: string; deleted_at: number | null }>(
      server.databasePath,
      "SELECT name, email, password_hash, deleted_at FROM users WHERE id = ?",
      admin.id,
    );
    expect(row!.name).toBe("Slettet bruker");
    expect(row!.email).toMatch(/@slettet\.invalid$/);
    expect(row!.password_hash).not.toMatch(/^\$argon2/);
    expect(row!.deleted_at).not.toBeNull();
    expect(sqlRows(server.databasePath, "SELECT id FROM sessions WHERE user_id = ?", admin.id)).toEqual([]);
    expect(auditActions(server.databasePath, "user", admin.id)).toContain("account.deleted");

    // What they wrote stays for the company, without their name.
    const colleagueData = (await (await colleague.client.get("/profile/data.json")).json()) as PersonalData;
    expect(colleagueData.cases[0]?.attachments[0]).toMatchObject({ name: "Bevis.pdf", uploadedBy: "Slettet bruker" });

    const again = await new HttpClient(server.baseUrl).post("/register", {
      name: "Ola Tilbake",
      email: admin.email,
      password: TEST_PASSWORD,
      organisationName: "Ny bedrift",
      orgNumber: VALID_ORG_NUMBERS[0],
    });
    expect(again.status).toBe(302);
  });

  it("lets a member who is not an administrator go, and the chair never deletes the only chair", async () => {
    const admin = await entrant({ admin: true });
    await writeAndSubmitCase(admin.client, categoryId);
    const member = await entrant({ organisationId: admin.organisationId });
    expect((await deleteAccount(member.client)).status).toBe(302);

    const chair = await createUser(server.databasePath, { role: "chair", email: uniqueEmail("eneste-leder") });
    const onlyChair = await loggedIn(server.baseUrl, chair);
    sqlRun(server.databasePath, "UPDATE users SET deleted_at = 1 WHERE role = 'chair' AND id <> ?", chair.id);
    const refused = await deleteAccount(onlyChair);
    expect(refused.status).toBe(403);
    expect(await pageText(refused)).toContain("Du er den eneste jurylederen");
    // The other chairs were only hidden for this check; the scored competition's chair goes on below.
    sqlRun(server.databasePath, "UPDATE users SET deleted_at = NULL WHERE role = 'chair' AND id <> ?", chair.id);
  });
});

describe("deleting a juror's account", () => {
  it("waits for the published winners, then keeps the sheets under the name Jurymedlem N", async () => {
    const { chair, competitionId, jurors, publish, cases } = scored;
    const juror = jurors[1]!;
    const before = await deleteAccount(juror);
    expect(before.status).toBe(403);
    expect(await pageText(before)).toContain("vinnerne er ikke offentliggjort ennå");

    moveSubmissionDeadline(server.databasePath, competitionId, -1);
    expect((await chair.post("/chair/jury", { competitionId: String(competitionId), intent: "lock" })).status).toBe(
      302,
    );
    const overrideReason = "Hav mangler ett skjema.";
    expect(
      (await publish({ intent: "prepare-finalists", finalistCount: "2", ...scored.includeHav(overrideReason) })).status,
    ).toBe(302);
    expect((await publish({ intent: "publish-finalists" })).status).toBe(302);
    const categoryIds = sqlRows<{ id: number }>(
      server.databasePath,
      "SELECT id FROM categories WHERE competition_id = ? ORDER BY position",
      competitionId,
    ).map((row) => row.id);
    const reasonings = Object.fromEntries(categoryIds.map((id) => [`reasoning-${id}`, "Best på alle steg."]));
    expect((await publish({ intent: "prepare-winners", overrideReason, ...reasonings })).status).toBe(302);
    expect((await publish({ intent: "publish-winners" })).status).toBe(302);

    expect((await deleteAccount(juror)).status).toBe(302);
    const deletedNumber = sqlRows<{ total: number }>(
      server.databasePath,
      "SELECT count(*) AS total FROM users WHERE role = 'juror' AND deleted_at IS NOT NULL",
    )[0]!.total;
    const shownAs = `Jurymedlem ${deletedNumber}`;

    const csv = await (await chair.get(`/chair/score-sheets.csv?competition=${competitionId}`)).text();
    expect(csv).toContain(shownAs);
    expect(csv).not.toContain("Jurymedlem To");
    expect(csv).toContain("Kommentar 2 om sol"); // the sheet itself is kept
    const casePage = await pageText(await chair.get(`/chair/cases/${cases.sol.caseId}`));
    expect(casePage).toContain(shownAs);
    expect(casePage).not.toContain("Jurymedlem To");
  });
});
