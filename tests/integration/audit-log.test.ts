import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentHash } from "#app/domain/audit-chain.ts";
import { writeAudit } from "#app/domain/audit.server.ts";
import { openDatabase } from "#db/client.ts";
import { createUser, sqlRows, sqlRun } from "#tests/support/factories.ts";
import { HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { createScoredCompetition } from "#tests/support/scored-competition.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
let scored: Awaited<ReturnType<typeof createScoredCompetition>>;

/** `npm run audit:verify` against the test server's database, as an operator would run it. */
function auditVerify() {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/audit-verify.ts"], {
    env: { ...process.env, DATABASE_PATH: server.databasePath },
    encoding: "utf8",
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const auditCount = () =>
  sqlRows<{ total: number }>(server.databasePath, "SELECT count(*) AS total FROM audit_log")[0]!.total;

beforeAll(async () => {
  server = await startTestServer();
  scored = await createScoredCompetition(server);
  // Enough entries for three pages, written the one way the app writes them.
  const db = openDatabase(server.databasePath);
  for (let index = 0; index < 110; index += 1) {
    db.transaction((tx) =>
      writeAudit(tx, {
        actorId: null,
        action: "test.filler",
        subjectType: "competition",
        subjectId: scored.competitionId,
        details: { index },
        at: new Date(),
      }),
    );
  }
  db.$client.close();
});

afterAll(async () => {
  await server?.stop();
});

describe("the audit chain, intact", () => {
  it("audit:verify exits 0 and says how many entries it checked", () => {
    const { status, output } = auditVerify();
    expect(output).toContain(`Audit chain intact: ${auditCount()} entries checked.`);
    expect(status).toBe(0);
  });

  it("the server refuses to change or remove an entry", () => {
    expect(() => sqlRun(server.databasePath, "UPDATE audit_log SET details = '{}' WHERE id = 1")).toThrow(
      /append-only/,
    );
    expect(() => sqlRun(server.databasePath, "DELETE FROM audit_log WHERE id = 1")).toThrow(/append-only/);
  });
});

describe("the chair's audit log page", () => {
  it("shows the chain as intact, newest first, 50 to a page with links to every page", async () => {
    const page = await scored.chair.get("/chair/audit");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/Kjeden er intakt: \d+ oppføringer kontrollert/);
    const ids = [...html.matchAll(/data-audit-id="(\d+)"/g)].map((match) => Number(match[1]));
    expect(ids).toHaveLength(50);
    expect(ids[0]).toBe(auditCount());
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const pages = Math.ceil(auditCount() / 50);
    expect(html).toContain(`side 1 av ${pages}`);
    expect(html).toContain(`href="/chair/audit?page=${pages}"`);
    const last = await (await scored.chair.get(`/chair/audit?page=${pages}`)).text();
    expect([...last.matchAll(/data-audit-id="(\d+)"/g)].map((match) => Number(match[1])).at(-1)).toBe(1);
  });

  it("filters by case, by user and by action, and keeps the filter in the page links", async () => {
    const { caseId } = scored.cases.sol;
    const byCase = await (await scored.chair.get(`/chair/audit?case=${caseId}`)).text();
    expect(byCase).toContain("sheet.finalised");
    expect(byCase).not.toContain("test.filler</td>");
    expect(byCase).toContain("sheet.finalised</td>");
    expect(byCase).toContain(`Sak ${caseId}`);

    const jurorId = sqlRows<{ id: string }>(
      server.databasePath,
      "SELECT id FROM users WHERE name = 'Jurymedlem To'",
    )[0]!.id;
    const byUser = await (await scored.chair.get(`/chair/audit?user=${jurorId}`)).text();
    expect([...byUser.matchAll(/data-audit-id=/g)]).toHaveLength(4);
    expect(byUser).toContain("Jurymedlem To");

    const byAction = await (await scored.chair.get("/chair/audit?action=test.filler&page=2")).text();
    expect(byAction).toContain("110 oppføringer · side 2 av 3");
    expect(byAction).toContain('href="/chair/audit?action=test.filler&amp;page=3"');
    expect(byAction).not.toContain("sheet.finalised</td>");
  });

  it("takes nonsense in the address as no filter rather than failing", async () => {
    const response = await scored.chair.get("/chair/audit?case=abc&page=-4&user=&action=");
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("side 1 av");
  });

  it("is the chair's alone, and linked from the chair's home", async () => {
    expect(await (await scored.chair.get("/chair")).text()).toContain('href="/chair/audit"');
    const juror = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "juror" }));
    expect((await juror.get("/chair/audit")).status).toBe(403);
    const entrant = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "entrant" }));
    expect((await entrant.get("/chair/audit")).status).toBe(403);
    const anonymous = await new HttpClient(server.baseUrl).get("/chair/audit");
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toMatch(/^\/login/);
  });
});

describe("published snapshots carry their hash", () => {
  it("the public JSON shows the hash of the snapshot as stored", async () => {
    const { chair, competitionId, year, publish, includeHav } = scored;
    expect((await chair.post("/chair/jury", { competitionId: String(competitionId), intent: "lock" })).status).toBe(
      302,
    );
    expect(
      (await publish({ intent: "prepare-finalists", finalistCount: "1", ...includeHav("Ett skjema mangler.") })).status,
    ).toBe(302);
    expect((await publish({ intent: "publish-finalists" })).status).toBe(302);

    const json = await (await new HttpClient(server.baseUrl).get(`/api/results/${year}`)).json();
    const stored = sqlRows<{ snapshot: string; snapshot_hash: string }>(
      server.databasePath,
      "SELECT snapshot, snapshot_hash FROM publications WHERE competition_id = ? AND stage = 'finalists'",
      competitionId,
    )[0]!;
    expect(json.snapshotHash).toMatch(/^[0-9a-f]{64}$/);
    expect(json.snapshotHash).toBe(stored.snapshot_hash);
    expect(json.snapshotHash).toBe(contentHash(JSON.parse(stored.snapshot)));
    expect(json.snapshotIntact).toBe(true);
    expect(json.warning).toBeUndefined();
    const page = await pageText(await new HttpClient(server.baseUrl).get(`/results/${year}`));
    expect(page).toContain(json.snapshotHash);
    expect(page).not.toContain("Advarsel");
  });

  it("a finalist swapped in SQLite past the dropped trigger is served with a warning, not silently", async () => {
    const { competitionId, year, cases } = scored;
    const swap = `UPDATE publications SET snapshot = json_set(snapshot, '$.categories[0].finalistIds', json_array(?))
      WHERE competition_id = ? AND stage = 'finalists'`;
    expect(() => sqlRun(server.databasePath, swap, cases.bekk.caseId, competitionId)).toThrow(/immutable/);
    sqlRun(server.databasePath, "DROP TRIGGER publications_immutable_update");
    sqlRun(server.databasePath, swap, cases.bekk.caseId, competitionId);

    const json = await (await new HttpClient(server.baseUrl).get(`/api/results/${year}`)).json();
    expect(json.categories[0].finalists).toEqual([expect.objectContaining({ title: "Bekk ringer tilbake" })]);
    expect(json.snapshotIntact).toBe(false);
    expect(json.warning).toMatch(/no longer match the fingerprint recorded when they were published/);

    const page = await new HttpClient(server.baseUrl).get(`/results/${year}`);
    expect(await pageText(page)).toContain("Advarsel: resultatene kan være endret");
    const chairPage = await pageText(await scored.chair.get(`/chair/publish?competition=${competitionId}`));
    expect(chairPage).toContain("Advarsel: resultatene kan være endret");

    const { status, output } = auditVerify();
    expect(output).toMatch(/Published snapshot \d+ \(competition \d+, finalists\) no longer matches its hash/);
    expect(status).toBe(1);
  });
});

describe("the audit chain, tampered with in SQLite", () => {
  it("audit:verify and the chair's page name an entry whose details were edited", async () => {
    sqlRun(server.databasePath, "DROP TRIGGER audit_log_append_only_update");
    const target = sqlRows<{ id: number; details: string }>(
      server.databasePath,
      "SELECT id, details FROM audit_log WHERE action = 'sheet.finalised' ORDER BY id LIMIT 1",
    )[0]!;
    sqlRun(server.databasePath, "UPDATE audit_log SET details = ? WHERE id = ?", '{"round":"final"}', target.id);

    const { status, output } = auditVerify();
    expect(output).toContain(`Audit chain broken: entry ${target.id}: content changed`);
    expect(status).toBe(1);
    const page = await (await scored.chair.get("/chair/audit")).text();
    expect(page).toContain(`Kjeden er brutt ved oppføring ${target.id}: innholdet er endret etter at det ble skrevet.`);

    sqlRun(server.databasePath, "UPDATE audit_log SET details = ? WHERE id = ?", target.details, target.id);
    expect(auditVerify().output).toContain("Audit chain intact");
  });

  it("audit:verify names the gap a deleted entry leaves", () => {
    sqlRun(server.databasePath, "DROP TRIGGER audit_log_append_only_delete");
    sqlRun(server.databasePath, "DELETE FROM audit_log WHERE id = 5");
    const { status, output } = auditVerify();
    expect(output).toContain("Audit chain broken: entry 5 missing.");
    expect(status).toBe(1);
  });
});
