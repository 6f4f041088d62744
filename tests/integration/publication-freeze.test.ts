import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDateTime } from "#app/i18n/format.ts";
import { createOpenCompetition, moveSubmissionDeadline, sqlRows } from "#tests/support/factories.ts";
import { HttpClient, pageText } from "#tests/support/http-client.ts";
import { createScoredCompetition, evenScores } from "#tests/support/scored-competition.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// Issue 15: a published result is what the award is. Everything it rests on (settings, categories,
// method, cases, sheets, assignments, the scoring lock) is refused afterwards with a 409 that names
// the publication, and nothing under it moves. Publishing itself waits for the submission deadline
// and the scoring lock.

let server: TestServer;
let scored: Awaited<ReturnType<typeof createScoredCompetition>>;
let chair: HttpClient;
let competitionId: number;
let year: number;
/** "Resultatet for 2026 ble publisert 26. november 2026 kl. 17:51" as the refusals say it. */
let named: string;

const query = <T>(sql: string, ...params: unknown[]) => sqlRows<T>(server.databasePath, sql, ...params);
const competitionRow = () =>
  query<Record<string, unknown>>("SELECT * FROM competitions WHERE id = ?", competitionId)[0]!;
const caseRow = (caseId: number) =>
  query<{ title: string; status: string; version: number; reopened_at: number | null }>(
    "SELECT title, status, version, reopened_at FROM cases WHERE id = ?",
    caseId,
  )[0]!;
const sheetRows = () =>
  query<{ id: number; status: string; score_promise: number; updated_at: number }>(
    "SELECT id, status, score_promise, updated_at FROM score_sheets ORDER BY id",
  );

/** The form's current values, as the settings page renders them. */
async function settingsForm(): Promise<Record<string, string>> {
  const html = await (await chair.get(`/chair/competitions/${competitionId}`)).text();
  const value = (name: string) => new RegExp(`name="${name}"[^>]*value="([^"]*)"`).exec(html)?.[1] ?? "";
  const names = ["year", "name", "submissionOpensAt", "submissionDeadlineAt", "scoringDeadlineAt"];
  const numbers = ["scaleMin", "scaleMax", "minScoreSheets", "weightPromise", "weightAnchoring", "weightRealisation"];
  // The factory's deadline (yesterday) has seconds the form drops, so the form asks to confirm it as past.
  return { ...Object.fromEntries([...names, ...numbers].map((name) => [name, value(name)])), confirmDeadlines: "on" };
}

beforeAll(async () => {
  server = await startTestServer();
  scored = await createScoredCompetition(server);
  ({ chair, competitionId, year } = scored);
});

afterAll(async () => {
  await server?.stop();
});

describe("publishing waits until nothing under it can move", () => {
  it("refuses before the submission deadline, and says so beside the publish button", async () => {
    moveSubmissionDeadline(server.databasePath, competitionId, 1);
    expect((await chair.post("/chair/jury", { competitionId: String(competitionId), intent: "lock" })).status).toBe(
      302,
    );
    const refused = await scored.publish({
      intent: "prepare-finalists",
      finalistCount: "1",
      ...scored.includeHav("Syk jury."),
    });
    expect(refused.status).toBe(403);
    expect(await pageText(refused)).toContain("Innleveringsfristen har ikke gått ut ennå");
    expect(await pageText(await chair.get(`/chair/publish?competition=${competitionId}`))).toContain(
      "Kan publiseres når innleveringsfristen har gått ut",
    );
    expect(query("SELECT id FROM publications WHERE competition_id = ?", competitionId)).toEqual([]);
    moveSubmissionDeadline(server.databasePath, competitionId, -1);
  });

  it("refuses before scoring is locked, and says so beside the publish button", async () => {
    expect((await chair.post("/chair/jury", { competitionId: String(competitionId), intent: "unlock" })).status).toBe(
      302,
    );
    const refused = await scored.publish({
      intent: "prepare-finalists",
      finalistCount: "1",
      ...scored.includeHav("Syk jury."),
    });
    expect(refused.status).toBe(403);
    expect(await pageText(refused)).toContain("Lås poenggivningen før du publiserer.");
    expect(await pageText(await chair.get(`/chair/publish?competition=${competitionId}`))).toContain(
      "Poenggivningen må låses først.",
    );
  });

  it("publishes once the deadline has passed and scoring is locked", async () => {
    expect((await chair.post("/chair/jury", { competitionId: String(competitionId), intent: "lock" })).status).toBe(
      302,
    );
    const prepared = await scored.publish({
      intent: "prepare-finalists",
      finalistCount: "1",
      ...scored.includeHav("Ett jurymedlem ble sykt; juryen står inne for vurderingen."),
    });
    expect(prepared.status).toBe(302);
    expect((await scored.publish({ intent: "publish-finalists" })).status).toBe(302);
    const publishedAt = query<{ published_at: number }>(
      "SELECT published_at FROM publications WHERE competition_id = ? AND stage = 'finalists'",
      competitionId,
    )[0]!.published_at;
    named = `Resultatet for ${year} ble publisert ${formatDateTime(new Date(publishedAt), "nb")}`;
  });
});

describe("after publishing", () => {
  it("refuses the year, scale, minimum sheets and default weights, and keeps them", async () => {
    const before = competitionRow();
    const form = await settingsForm();
    for (const change of <Record<string, string>[]>[
      { year: String(year + 4) },
      { scaleMax: "7" },
      { minScoreSheets: "1" },
      { weightPromise: "80", weightAnchoring: "10", weightRealisation: "10" },
    ]) {
      const refused = await chair.post(`/chair/competitions/${competitionId}`, { intent: "save", ...form, ...change });
      expect(refused.status, JSON.stringify(change)).toBe(409);
      expect(await pageText(refused)).toContain(named);
    }
    expect(competitionRow()).toEqual(before);
    expect((await new HttpClient(server.baseUrl).get(`/api/results/${year}`)).status).toBe(200);
  });

  it("still saves the name, which no result rests on", async () => {
    const form = await settingsForm();
    const saved = await chair.post(`/chair/competitions/${competitionId}`, {
      intent: "save",
      ...form,
      name: `${form.name} (rettet)`,
    });
    expect(saved.status).toBe(302);
  });

  it("refuses the ranking method and blind judging", async () => {
    const before = competitionRow();
    const method = await chair.post("/chair/ranking", { competitionId: String(competitionId), method: "median" });
    expect(method.status).toBe(409);
    const blind = await chair.post("/chair/jury", { competitionId: String(competitionId), intent: "blind-on" });
    expect(blind.status).toBe(409);
    expect(competitionRow()).toEqual(before);
  });

  it("refuses category weights, new categories, moves and removals", async () => {
    const categoryId = scored.categoryIds[0];
    const weights = query("SELECT * FROM categories WHERE competition_id = ? ORDER BY id", competitionId);
    // The edit page shows no form once published, so the refusal is read from the action's data.
    const edit = await chair.post(`/chair/competitions/${competitionId}/categories/${categoryId}.data`, {
      name: "Store virksomheter",
      description: "",
      weightPromise: "80",
      weightAnchoring: "10",
      weightRealisation: "10",
      confirmRankingChange: "on",
    });
    expect(edit.status).toBe(409);
    expect(await edit.text()).toContain(named);
    const path = `/chair/competitions/${competitionId}`;
    for (const fields of <Record<string, string>[]>[
      {
        intent: "add-category",
        name: "Ny kategori",
        description: "",
        weightPromise: "30",
        weightAnchoring: "30",
        weightRealisation: "40",
      },
      { intent: "move-down", categoryId: String(categoryId) },
    ]) {
      // Their buttons are gone after publishing, so the refusal is read from the action's data.
      const refused = await chair.post(`${path}.data`, fields);
      expect(refused.status, fields.intent).toBe(409);
      expect(await refused.text()).toContain(named);
    }
    expect(query("SELECT * FROM categories WHERE competition_id = ? ORDER BY id", competitionId)).toEqual(weights);
  });

  it("refuses the entrant's reopen, withdraw and save, and the chair's disqualification", async () => {
    const { caseId, entrant } = scored.cases.sol;
    const before = caseRow(caseId);
    for (const fields of <Record<string, string>[]>[{ intent: "reopen" }, { intent: "withdraw", confirmed: "true" }]) {
      const refused = await entrant.post(`/entrant/cases/${caseId}`, fields);
      expect(refused.status, fields.intent).toBe(409);
      expect(await pageText(refused)).toContain(named);
    }
    const autosave = await entrant.post(`/entrant/cases/${caseId}/autosave`, {
      version: String(before.version),
      categoryId: String(scored.categoryIds[0]),
      title: "Sol svarer aldri",
    });
    expect(autosave.status).toBe(409);
    expect(JSON.stringify(await autosave.json())).toContain(named);
    const disqualify = await chair.post(`/chair/cases/${caseId}.data`, {
      intent: "disqualify",
      reason: "Etter publisering.",
    });
    expect(disqualify.status).toBe(409);
    expect(await disqualify.text()).toContain(named);
    expect(caseRow(caseId)).toEqual(before);
  });

  it("refuses saving, finalising and reopening a sheet", async () => {
    const before = sheetRows();
    const caseId = scored.cases.sol.caseId;
    for (const fields of [
      { intent: "reopen" },
      { intent: "save-draft", ...evenScores(3, "Endret") },
      { intent: "finalise", ...evenScores(3, "Endret") },
    ]) {
      const refused = await scored.jurors[0]!.post(`/jury/cases/${caseId}`, fields);
      expect(refused.status, fields.intent).toBe(409);
      expect(await pageText(refused)).toContain(named);
    }
    expect(sheetRows()).toEqual(before);
  });

  it("refuses unlocking scoring and the jury's assignments", async () => {
    const unlock = await chair.post("/chair/jury", { competitionId: String(competitionId), intent: "unlock" });
    expect(unlock.status).toBe(409);
    // The refusal's own words ride on the response data; the error page shows them (helper H).
    const data = await chair.post("/chair/jury.data", { competitionId: String(competitionId), intent: "unlock" });
    expect(await data.text()).toContain("freeze.scoringLock");
    expect(competitionRow().scoring_locked_at).not.toBeNull();
    const assignments = query("SELECT * FROM assignments ORDER BY id");
    const assignment = assignments[0] as { id: number; case_id: number };
    const unassign = await chair.post(`/chair/cases/${assignment.case_id}`, {
      intent: "unassign",
      assignmentId: String(assignment.id),
    });
    expect(unassign.status).toBe(409);
    expect(query("SELECT * FROM assignments ORDER BY id")).toEqual(assignments);
  });

  it("hides the buttons that would be refused", async () => {
    const jury = await pageText(await chair.get(`/chair/jury?competition=${competitionId}`));
    expect(jury).not.toContain("Lås opp poenggivningen");
    const settings = await chair.get(`/chair/competitions/${competitionId}`);
    const html = await settings.text();
    expect(await pageText(new Response(html))).toContain("Resultatet er publisert, så det som rangeringen bygger på");
    expect(html).toMatch(/name="year"[^>]*readOnly|name="year"[^>]*readonly/i);
    const sheet = await (await scored.jurors[0]!.get(`/jury/cases/${scored.cases.sol.caseId}`)).text();
    expect(sheet).not.toContain('value="reopen"');
    const chairCase = await (await chair.get(`/chair/cases/${scored.cases.sol.caseId}`)).text();
    expect(chairCase).not.toContain('value="disqualify"');
  });

  it("leaves a competition without a publication as it was", async () => {
    const other = createOpenCompetition(server.databasePath, { year: 2093 });
    const moved = await chair.post("/chair/ranking", { competitionId: String(other.competitionId), method: "median" });
    expect(moved.status).toBe(302);
  });
});
