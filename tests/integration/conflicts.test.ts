import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCompanyMember, conflictRowsOf, offeredJurorIds } from "#tests/support/conflict-fixtures.ts";
import {
  auditActions,
  createOpenCompetition,
  createSubmittedCase,
  createUser,
  sqlRows,
  sqlRun,
  TEST_PASSWORD,
  uniqueEmail,
  VALID_ORG_NUMBERS,
} from "#tests/support/factories.ts";
import { HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
let chair: HttpClient;
let competitionId: number;
let categoryId: number;

beforeAll(async () => {
  // TRUST_PROXY lets a request name its client in X-Forwarded-For, for the per-client limits.
  server = await startTestServer({ env: { TRUST_PROXY: "true" } });
  chair = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "chair" }));
  ({
    competitionId,
    categoryIds: [categoryId],
  } = createOpenCompetition(server.databasePath));
});

afterAll(async () => {
  await server?.stop();
});

async function offeredOn(caseId: number): Promise<string[]> {
  const page = await chair.get(`/chair/cases/${caseId}`);
  expect(page.status).toBe(200);
  return offeredJurorIds(await page.text()).sort();
}

describe("conflicts the entrant cannot steer", () => {
  it("changing the company page changes no conflict: its colleague stays off, the jury stays on", async () => {
    const { caseId, organisationId } = createSubmittedCase(server.databasePath, {
      competitionId,
      categoryId,
      title: "Svar innen en time",
    });
    const entrant = await addCompanyMember(server.databasePath, organisationId, {
      email: uniqueEmail("leder", "lysfjord.no"),
      membership: "admin",
    });
    const colleague = await createUser(server.databasePath, {
      role: "juror",
      name: "Kollega Lysfjord",
      email: uniqueEmail("kollega", "lysfjord.no"),
    });
    const outsider = await createUser(server.databasePath, {
      role: "juror",
      name: "Uavhengig Jurymedlem",
      email: uniqueEmail("jury", "juryen.no"),
    });
    const before = await offeredOn(caseId);
    expect(before).toContain(outsider.id);
    expect(before).not.toContain(colleague.id);

    const company = await loggedIn(server.baseUrl, entrant);
    for (const emailDomain of ["juryen.no", "annet-domene.no"]) {
      const saved = await company.post("/entrant/organisation", {
        name: "Lysfjord AS",
        address: "Fjordgata 1, Bergen",
        contactName: "Lise Lysfjord",
        contactEmail: entrant.email,
        emailDomain,
      });
      expect(saved.status, await saved.clone().text()).toBe(302);
      expect(await offeredOn(caseId)).toEqual(before);
    }
  });
});

const query = <T>(sql: string, ...params: unknown[]) => sqlRows<T>(server.databasePath, sql, ...params);

function jurorsOn(caseId: number): string[] {
  return query<{ juror_id: string }>("SELECT juror_id FROM assignments WHERE case_id = ?", caseId).map(
    (row) => row.juror_id,
  );
}

async function juror(name: string, domain: string) {
  return {
    ...(await createUser(server.databasePath, { role: "juror", name, email: uniqueEmail("juror", domain) })),
    name,
  };
}

describe("conflicts through the members' verified addresses", () => {
  it("keep a colleague off in automatic and manual assignment; pending, unverified and free-mail addresses do not", async () => {
    const { competitionId: ownCompetition, categoryIds } = createOpenCompetition(server.databasePath, { year: 2031 });
    // Every eligible juror gets the case, so the plan shows exactly who is eligible.
    sqlRun(server.databasePath, "UPDATE competitions SET min_score_sheets = 50 WHERE id = ?", ownCompetition);
    const { caseId, organisationId } = createSubmittedCase(server.databasePath, {
      competitionId: ownCompetition,
      categoryId: categoryIds[0],
      title: "Kundene får svar samme dag",
    });
    await addCompanyMember(server.databasePath, organisationId, { email: uniqueEmail("a", "kollega.no") });
    await addCompanyMember(server.databasePath, organisationId, {
      email: uniqueEmail("b", "venter.no"),
      membership: "pending",
    });
    await addCompanyMember(server.databasePath, organisationId, {
      email: uniqueEmail("c", "ubekreftet.no"),
      verified: false,
    });
    await addCompanyMember(server.databasePath, organisationId, { email: uniqueEmail("d", "gmail.com") });
    const colleague = await juror("Kari Kollega", "kollega.no");
    const others = [
      await juror("Per Venter", "venter.no"),
      await juror("Una Ubekreftet", "ubekreftet.no"),
      await juror("Gro Gmail", "gmail.com"),
    ];

    const offered = await offeredOn(caseId);
    expect(offered).not.toContain(colleague.id);
    for (const other of others) expect(offered).toContain(other.id);
    expect(await pageText(await chair.get(`/chair/cases/${caseId}`))).toContain(
      "1 jurymedlem(mer) er ikke med i listen fordi de er inhabile for bedriften",
    );

    const direct = await chair.post(`/chair/cases/${caseId}`, { intent: "assign", jurorId: colleague.id });
    expect(direct.status).toBe(400);
    expect(await pageText(direct)).toContain("Kari Kollega har samme e-postdomene som bedriften");

    const preview = await chair.post("/chair/jury", { competitionId: String(ownCompetition), intent: "preview" });
    const fingerprint = /name="fingerprint" value="([^"]*)"/.exec(await preview.text())![1]!;
    const saved = await chair.post("/chair/jury", {
      competitionId: String(ownCompetition),
      intent: "save-plan",
      fingerprint,
    });
    expect(saved.status).toBe(302);
    const assigned = jurorsOn(caseId);
    expect(assigned).not.toContain(colleague.id);
    for (const other of others) expect(assigned).toContain(other.id);
  });
});

describe("the chair's conflict list", () => {
  it("is the chair's alone", async () => {
    const entrant = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "entrant" }));
    expect((await entrant.get("/chair/conflicts")).status).toBe(403);
    const someJuror = await loggedIn(server.baseUrl, await juror("Nysgjerrig Jurymedlem", "juryen.no"));
    expect((await someJuror.get("/chair/conflicts")).status).toBe(403);
    const posted = await someJuror.post("/chair/conflicts", {
      intent: "add",
      jurorId: "x",
      organisationId: "1",
      reason: "Forsøk",
    });
    expect(posted.status).toBe(403);
    expect(query("SELECT id FROM juror_conflicts")).toHaveLength(0);
  });

  it("adds a conflict with a required reason, audited; takes away unfinished assignments and flags a final one", async () => {
    const first = createSubmittedCase(server.databasePath, { competitionId, categoryId, title: "Ett nummer å ringe" });
    const second = createSubmittedCase(server.databasePath, { competitionId, categoryId, title: "Alltid et svar" });
    sqlRun(
      server.databasePath,
      "UPDATE cases SET organisation_id = ? WHERE id = ?",
      first.organisationId,
      second.caseId,
    );
    const board = await juror("Styremedlem Strand", "juryen.no");
    for (const caseId of [first.caseId, second.caseId]) {
      const assigned = await chair.post(`/chair/cases/${caseId}`, { intent: "assign", jurorId: board.id });
      expect(assigned.status).toBe(302);
    }
    const finalAssignment = query<{ id: number }>(
      "SELECT id FROM assignments WHERE case_id = ? AND juror_id = ?",
      second.caseId,
      board.id,
    )[0]!;
    sqlRun(
      server.databasePath,
      "INSERT INTO score_sheets (assignment_id, round, score_promise, score_anchoring, score_realisation, status, finalised_at, updated_at) VALUES (?, 'main', 7, 7, 7, 'final', ?, ?)",
      finalAssignment.id,
      Date.now(),
      Date.now(),
    );

    const missingReason = await chair.post("/chair/conflicts", {
      intent: "add",
      jurorId: board.id,
      organisationId: String(first.organisationId),
      kind: "board",
      reason: " ",
    });
    expect(missingReason.status).toBe(400);
    expect(await pageText(missingReason)).toContain("Fyll ut feltet");
    expect(conflictRowsOf(server.databasePath, board.id)).toHaveLength(0);

    const added = await chair.post("/chair/conflicts", {
      intent: "add",
      jurorId: board.id,
      organisationId: String(first.organisationId),
      kind: "board",
      reason: "Sitter i styret til bedriften",
    });
    expect(added.status).toBe(302);
    expect(added.headers.get("location")).toBe("/chair/conflicts?outcome=added&count=1");
    const [row] = conflictRowsOf(server.databasePath, board.id);
    expect(row).toMatchObject({
      source: "chair",
      kind: "board",
      organisation_id: first.organisationId,
      reason: "Sitter i styret til bedriften",
    });
    expect(auditActions(server.databasePath, "user", board.id)).toEqual(["juror-conflict.added"]);
    expect(auditActions(server.databasePath, "case", first.caseId)).toEqual([
      "assignment.created",
      "assignment.removed",
    ]);
    expect(jurorsOn(first.caseId)).not.toContain(board.id);
    expect(jurorsOn(second.caseId)).toContain(board.id);

    const again = await chair.post("/chair/conflicts", {
      intent: "add",
      jurorId: board.id,
      organisationId: String(first.organisationId),
      reason: "En gang til",
    });
    expect(again.status).toBe(400);
    expect(await pageText(again)).toContain("Denne konflikten står allerede på listen");

    const casePage = await pageText(await chair.get(`/chair/cases/${second.caseId}`));
    expect(casePage).toContain("Inhabil etter tildelingen: står på konfliktlisten");
    const overview = await chair.get(`/chair/jury?competition=${competitionId}`);
    expect(await overview.text()).toContain('data-testid="flagged-conflicts"');
    expect(await offeredOn(first.caseId)).not.toContain(board.id);
    const direct = await chair.post(`/chair/cases/${first.caseId}`, { intent: "assign", jurorId: board.id });
    expect(direct.status).toBe(400);
    expect(await pageText(direct)).toContain("Styremedlem Strand står på konfliktlisten for bedriften");

    const list = await pageText(await chair.get(`/chair/conflicts?juror=${board.id}`));
    expect(list).toContain("Sitter i styret til bedriften");
    expect(list).toContain("Styreverv");
    expect(list).toContain("1 konflikter");
  });

  it("removes a conflict only with a reason, audited, and never a juror's own tie", async () => {
    const [row] = query<{ id: number; juror_id: string }>(
      "SELECT id, juror_id FROM juror_conflicts WHERE source = 'chair'",
    );
    const noReason = await chair.post("/chair/conflicts", { intent: "remove", conflictId: String(row!.id) });
    expect(noReason.status).toBe(400);
    expect(await pageText(noReason)).toContain("Fyll ut feltet");
    expect(conflictRowsOf(server.databasePath, row!.juror_id)).toHaveLength(1);

    const removed = await chair.post("/chair/conflicts", {
      intent: "remove",
      conflictId: String(row!.id),
      removalReason: "Styrevervet er avsluttet",
    });
    expect(removed.status).toBe(302);
    expect(conflictRowsOf(server.databasePath, row!.juror_id)).toHaveLength(0);
    expect(auditActions(server.databasePath, "user", row!.juror_id)).toEqual([
      "juror-conflict.added",
      "juror-conflict.removed",
    ]);
    const twice = await chair.post("/chair/conflicts", {
      intent: "remove",
      conflictId: String(row!.id),
      removalReason: "Igjen",
    });
    expect(twice.status).toBe(404);
  });
});

/** Invites `email` and returns the link path the server printed for the mail. */
async function invite(email: string): Promise<string> {
  const response = await chair.post("/chair/jurors", { intent: "invite", email });
  expect(response.status).toBe(302);
  const escaped = email.replace(/[.+]/g, "\\$&");
  const link = new RegExp(`Mail to ${escaped} .*links: (\\S+/invitations/[\\w-]+)`).exec(server.output())?.[1];
  expect(link).toBeDefined();
  return new URL(link!).pathname;
}

describe("a juror's own ties", () => {
  let tiedJuror: HttpClient;
  let tiedJurorId: string;

  it("are asked for when accepting the invitation, with every bad line named, and become conflicts", async () => {
    const email = uniqueEmail("bundet", "juryen.no");
    const path = await invite(email);
    const client = new HttpClient(server.baseUrl);
    const bad = await client.post(path, {
      name: "Tone Tilknyttet",
      password: TEST_PASSWORD,
      employers: "923609016\n12345",
      clients: "Havbris AS\n923609017",
    });
    expect(bad.status).toBe(400);
    const text = await pageText(bad);
    expect(text).toContain("Linje 2: «12345» er ikke et gyldig organisasjonsnummer");
    expect(text).toContain("Linje 2: «923609017» er ikke et gyldig organisasjonsnummer");
    expect(text).toContain("Havbris AS");
    expect(query("SELECT id FROM users WHERE email = ?", email)).toHaveLength(0);

    const accepted = await client.post(path, {
      name: "Tone Tilknyttet",
      password: TEST_PASSWORD,
      employers: "923 609 016 Fjordkraft AS",
      boards: "",
      clients: "havbris  as",
    });
    expect(accepted.status).toBe(302);
    tiedJuror = client;
    tiedJurorId = query<{ id: string }>("SELECT id FROM users WHERE email = ?", email)[0]!.id;
    expect(
      conflictRowsOf(server.databasePath, tiedJurorId).map(({ source, kind, org_number, organisation_name }) => ({
        source,
        kind,
        org_number,
        organisation_name,
      })),
    ).toEqual([
      { source: "juror", kind: "employer", org_number: "923609016", organisation_name: "Fjordkraft AS" },
      { source: "juror", kind: "client", org_number: null, organisation_name: "havbris  as" },
    ]);

    // Companies matching the ties, by number (whatever its name) and by name.
    const byNumber = createSubmittedCase(server.databasePath, { competitionId, categoryId, title: "Strøm uten kø" });
    sqlRun(
      server.databasePath,
      "UPDATE organisations SET org_number = ?, name = 'Kraftselskapet' WHERE id = ?",
      VALID_ORG_NUMBERS[0],
      byNumber.organisationId,
    );
    const byName = createSubmittedCase(server.databasePath, { competitionId, categoryId, title: "Havbris svarer" });
    sqlRun(server.databasePath, "UPDATE organisations SET name = 'Havbris AS' WHERE id = ?", byName.organisationId);
    const unrelated = createSubmittedCase(server.databasePath, { competitionId, categoryId, title: "Noe annet" });
    expect(await offeredOn(byNumber.caseId)).not.toContain(tiedJurorId);
    expect(await offeredOn(byName.caseId)).not.toContain(tiedJurorId);
    expect(await offeredOn(unrelated.caseId)).toContain(tiedJurorId);
    const direct = await chair.post(`/chair/cases/${byName.caseId}`, { intent: "assign", jurorId: tiedJurorId });
    expect(direct.status).toBe(400);
    expect(await pageText(direct)).toContain("Tone Tilknyttet har oppgitt en tilknytning til bedriften");
    expect(await pageText(await chair.get(`/chair/conflicts?juror=${tiedJurorId}`))).toContain(
      "Gjelder: Kraftselskapet",
    );
  });

  it("can be added and removed later on the juror's own page, and nobody else's", async () => {
    const page = await tiedJuror.get("/jury/ties");
    expect(page.status).toBe(200);
    expect(await pageText(page)).toContain("Fjordkraft AS (923609016)");

    const bad = await tiedJuror.post("/jury/ties", { intent: "add", boards: "Borettslaget\n98765432" });
    expect(bad.status).toBe(400);
    expect(await pageText(bad)).toContain("Linje 2: «98765432» er ikke et gyldig organisasjonsnummer");
    const empty = await tiedJuror.post("/jury/ties", { intent: "add", employers: "", boards: "", clients: "" });
    expect(empty.status).toBe(400);
    expect(await pageText(empty)).toContain("Skriv minst én virksomhet");

    const added = await tiedJuror.post("/jury/ties", { intent: "add", boards: VALID_ORG_NUMBERS[1] });
    expect(added.status).toBe(302);
    expect(added.headers.get("location")).toBe("/jury/ties?outcome=added&count=1");
    const ties = conflictRowsOf(server.databasePath, tiedJurorId);
    expect(ties.map((tie) => tie.kind)).toEqual(["employer", "client", "board"]);

    const other = await loggedIn(server.baseUrl, await juror("Annen Jurymedlem", "juryen.no"));
    expect((await other.post("/jury/ties", { intent: "remove", tieId: String(ties[2]!.id) })).status).toBe(404);
    expect((await chair.get("/jury/ties")).status).toBe(403);

    const removed = await tiedJuror.post("/jury/ties", { intent: "remove", tieId: String(ties[2]!.id) });
    expect(removed.status).toBe(302);
    expect(conflictRowsOf(server.databasePath, tiedJurorId)).toHaveLength(2);
    expect(auditActions(server.databasePath, "user", tiedJurorId)).toEqual([
      "juror-conflict.added",
      "juror-conflict.added",
      "juror-conflict.added",
      "juror-conflict.removed",
    ]);
  });
});

describe("limits on accepting an invitation", () => {
  async function postFrom(ip: string, path: string, fields: Record<string, string>) {
    return fetch(new URL(path, server.baseUrl), {
      method: "POST",
      body: new URLSearchParams(fields),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.baseUrl, "X-Forwarded-For": ip },
      redirect: "manual",
    });
  }
  const incomplete = { name: "", password: "" };

  it("stops one client after ten tries on one address, even with the right password, and lets others in", async () => {
    const path = await invite(uniqueEmail("grense", "juryen.no"));
    for (let attempt = 0; attempt < 10; attempt += 1)
      expect((await postFrom("198.51.100.1", path, incomplete)).status).toBe(400);
    const limited = await postFrom("198.51.100.1", path, { name: "Rett Person", password: TEST_PASSWORD });
    expect(limited.status).toBe(429);
    expect(await pageText(limited)).toContain("For mange forsøk med denne invitasjonen");
    expect((await postFrom("198.51.100.2", path, { name: "Rett Person", password: TEST_PASSWORD })).status).toBe(302);
  });

  it("stops one client spraying many invitations", async () => {
    const paths = [];
    for (let index = 0; index < 4; index += 1) paths.push(await invite(uniqueEmail(`spray${index}`, "juryen.no")));
    for (const path of paths.slice(0, 3))
      for (let attempt = 0; attempt < 10; attempt += 1)
        expect((await postFrom("198.51.100.3", path, incomplete)).status).toBe(400);
    expect((await postFrom("198.51.100.3", paths[3]!, incomplete)).status).toBe(429);
    expect((await postFrom("198.51.100.4", paths[3]!, incomplete)).status).toBe(400);
  });

  it("stops many clients guessing at one address", async () => {
    const path = await invite(uniqueEmail("mange", "juryen.no"));
    for (let client = 0; client < 20; client += 1)
      expect((await postFrom(`203.0.113.${client + 1}`, path, incomplete)).status).toBe(400);
    expect((await postFrom("203.0.113.99", path, incomplete)).status).toBe(429);
  });
});
