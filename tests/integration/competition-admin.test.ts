import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditActions,
  createOpenCompetition,
  createSubmittedCase,
  createUser,
  sqlRows,
  sqlRun,
} from "#tests/support/factories.ts";
import { type HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// Issue 14, the chair's competition admin: a deadline already passed needs a confirmation, every
// error shows at once, last year's competition is copied into a new year, and an empty one deleted.

let server: TestServer;
let chair: HttpClient;

const SETTINGS = {
  year: "2040",
  name: "Kundeservice Awards 2040",
  submissionOpensAt: "2040-01-04T09:00",
  submissionDeadlineAt: "2040-01-31T23:59",
  scoringDeadlineAt: "2040-03-01T12:00",
  scaleMin: "1",
  scaleMax: "10",
  minScoreSheets: "3",
  weightPromise: "30",
  weightAnchoring: "30",
  weightRealisation: "40",
};

const query = <T>(sql: string, ...params: unknown[]) => sqlRows<T>(server.databasePath, sql, ...params);
const checkboxNamed = (html: string, name: string) =>
  new RegExp(`<input[^>]*type="checkbox"[^>]*name="${name}"|<input[^>]*name="${name}"[^>]*type="checkbox"`).test(html);

beforeAll(async () => {
  server = await startTestServer();
  chair = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "chair" }));
});

afterAll(async () => {
  await server?.stop();
});

describe("a deadline already passed", () => {
  const past = {
    ...SETTINGS,
    year: "2020",
    name: "Kundeservice Awards 2020",
    submissionOpensAt: "2020-01-04T09:00",
    submissionDeadlineAt: "2020-01-31T23:59",
    scoringDeadlineAt: "2020-03-01T12:00",
  };

  it("is refused on create until the chair confirms it, with the warning and the checkbox", async () => {
    const asked = await chair.post("/chair/competitions/new", past);
    expect(asked.status).toBe(400);
    const html = await asked.text();
    const text = await pageText(new Response(html));
    expect(text).toContain("Fristen for innsending er allerede passert: innsendingen stenges med en gang.");
    expect(text).toContain("Juryens frist er allerede passert: juryen kan ikke gi poeng lenger.");
    expect(checkboxNamed(html, "confirmDeadlines")).toBe(true);
    expect(query("SELECT id FROM competitions WHERE year = 2020")).toHaveLength(0);

    const confirmed = await chair.post("/chair/competitions/new", { ...past, confirmDeadlines: "on" });
    expect(confirmed.status).toBe(302);
    expect(query("SELECT id FROM competitions WHERE year = 2020")).toHaveLength(1);
  });

  it("is asked on the settings form only when a deadline is moved into the past", async () => {
    const { competitionId } = createOpenCompetition(server.databasePath, { year: 2041 });
    const path = `/chair/competitions/${competitionId}`;
    const page = await (await chair.get(path)).text();
    const value = (name: string) => new RegExp(`name="${name}"[^>]*value="([^"]*)"`).exec(page)![1]!;
    const current = {
      intent: "save",
      ...SETTINGS,
      year: "2041",
      name: "Kundeservice Awards 2041",
      submissionOpensAt: value("submissionOpensAt"),
      submissionDeadlineAt: value("submissionDeadlineAt"),
      scoringDeadlineAt: value("scoringDeadlineAt"),
    };
    expect((await chair.post(path, current)).status).toBe(302);

    const closing = { ...current, submissionDeadlineAt: "2026-01-01T12:00", submissionOpensAt: "2025-12-01T12:00" };
    const asked = await chair.post(path, closing);
    expect(asked.status).toBe(400);
    const html = await asked.text();
    expect(await pageText(new Response(html))).toContain(
      "Fristen for innsending er allerede passert: innsendingen stenges med en gang.",
    );
    expect(checkboxNamed(html, "confirmDeadlines")).toBe(true);
    expect((await chair.post(path, { ...closing, confirmDeadlines: "on" })).status).toBe(302);
    // Saved as it is now, the passed deadline asks nothing again.
    expect((await chair.post(path, { ...closing, name: "Nytt navn 2041" })).status).toBe(302);
  });
});

describe("the competition form", () => {
  it("shows every error at once: dates, scale and the other fields together", async () => {
    const response = await chair.post("/chair/competitions/new", {
      ...SETTINGS,
      year: "abc",
      name: "",
      submissionOpensAt: "2040-02-01T09:00",
      scaleMin: "10",
      scaleMax: "5",
      weightPromise: "0",
    });
    expect(response.status).toBe(400);
    const text = await pageText(response);
    for (const message of [
      "Skriv et helt tall.",
      "Fyll ut feltet.",
      "Fristen for innsending må være etter at innsendingen åpner.",
      "Høyeste poeng må være større enn laveste.",
      "Vekten må være et helt tall fra 1 til 1000.",
    ]) {
      expect(text).toContain(message);
    }
  });
});

describe("copying a competition into a new year", () => {
  it("offers next year's dates and copies categories, weights, scale, minimum, method and blind judging", async () => {
    const { competitionId, categoryIds } = createOpenCompetition(server.databasePath, { year: 2042 });
    sqlRun(
      server.databasePath,
      `UPDATE competitions SET scale_min = 0, scale_max = 6, min_score_sheets = 4, ranking_method = 'median',
         is_blind_judging = 1, default_weight_promise = 20, submission_opens_at = ?, submission_deadline_at = ?,
         scoring_deadline_at = ? WHERE id = ?`,
      Date.parse("2042-01-05T08:00:00Z"),
      Date.parse("2042-02-28T22:59:00Z"),
      Date.parse("2042-04-01T10:00:00Z"),
      competitionId,
    );
    sqlRun(
      server.databasePath,
      "UPDATE categories SET weight_promise = 50, description = 'Over 250 ansatte' WHERE id = ?",
      categoryIds[0],
    );
    createSubmittedCase(server.databasePath, { competitionId, categoryId: categoryIds[0], title: "Blir igjen" });

    const form = await chair.get(`/chair/competitions/${competitionId}/clone`);
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toMatch(/name="year"[^>]*value="2043"/);
    expect(html).toMatch(/name="name"[^>]*value="Kundeservice Awards 2043"/);
    expect(html).toMatch(/name="submissionOpensAt"[^>]*value="2043-01-05T09:00"/);
    expect(html).toMatch(/name="submissionDeadlineAt"[^>]*value="2043-02-28T23:59"/);
    expect(html).toMatch(/name="scoringDeadlineAt"[^>]*value="2043-04-01T12:00"/);

    const cloned = await chair.post(`/chair/competitions/${competitionId}/clone`, {
      year: "2043",
      name: "Kundeservice Awards 2043",
      submissionOpensAt: "2043-01-05T09:00",
      submissionDeadlineAt: "2043-02-28T23:59",
      scoringDeadlineAt: "2043-04-01T12:00",
    });
    expect(cloned.status).toBe(302);
    const newId = Number(cloned.headers.get("location")!.split("/").pop());
    expect(
      query(
        `SELECT year, scale_min, scale_max, min_score_sheets, ranking_method, is_blind_judging, default_weight_promise,
           submission_deadline_at FROM competitions WHERE id = ?`,
        newId,
      ),
    ).toEqual([
      {
        year: 2043,
        scale_min: 0,
        scale_max: 6,
        min_score_sheets: 4,
        ranking_method: "median",
        is_blind_judging: 1,
        default_weight_promise: 20,
        submission_deadline_at: Date.parse("2043-02-28T22:59:00Z"),
      },
    ]);
    expect(
      query(
        "SELECT name, description, position, weight_promise, weight_anchoring, weight_realisation FROM categories WHERE competition_id = ? ORDER BY position",
        newId,
      ),
    ).toEqual([
      {
        name: "Store virksomheter",
        description: "Over 250 ansatte",
        position: 1,
        weight_promise: 50,
        weight_anchoring: 30,
        weight_realisation: 40,
      },
      {
        name: "Små og mellomstore virksomheter",
        description: "",
        position: 2,
        weight_promise: 30,
        weight_anchoring: 30,
        weight_realisation: 40,
      },
    ]);
    expect(query("SELECT id FROM cases WHERE competition_id = ?", newId)).toHaveLength(0);
    expect(auditActions(server.databasePath, "competition", newId)).toEqual(["competition.cloned"]);
  });

  it("refuses a year that already has a competition, next to the year", async () => {
    const { competitionId } = createOpenCompetition(server.databasePath, { year: 2044 });
    createOpenCompetition(server.databasePath, { year: 2045 });
    const before = query("SELECT id FROM competitions").length;
    const refused = await chair.post(`/chair/competitions/${competitionId}/clone`, {
      year: "2045",
      name: "Kundeservice Awards 2045",
      submissionOpensAt: "2045-01-05T09:00",
      submissionDeadlineAt: "2045-02-28T23:59",
      scoringDeadlineAt: "2045-04-01T12:00",
    });
    expect(refused.status).toBe(400);
    expect(await pageText(refused)).toContain("Det finnes allerede en konkurranse for dette året.");
    expect(query("SELECT id FROM competitions")).toHaveLength(before);
  });

  it("asks for confirmation of passed deadlines, beside the other errors", async () => {
    const { competitionId } = createOpenCompetition(server.databasePath, { year: 2046 });
    const response = await chair.post(`/chair/competitions/${competitionId}/clone`, {
      year: "2019",
      name: "",
      submissionOpensAt: "2019-01-05T09:00",
      submissionDeadlineAt: "2019-02-28T23:59",
      scoringDeadlineAt: "2019-01-01T12:00",
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    const text = await pageText(new Response(html));
    expect(text).toContain("Fyll ut feltet.");
    expect(text).toContain("Juryens frist må være etter fristen for innsending.");
    expect(text).toContain("Fristen for innsending er allerede passert: innsendingen stenges med en gang.");
    expect(checkboxNamed(html, "confirmDeadlines")).toBe(true);
  });
});

describe("deleting a competition", () => {
  it("asks on a page of its own, then deletes an empty competition with its categories, audited", async () => {
    const { competitionId, categoryIds } = createOpenCompetition(server.databasePath, { year: 2047 });
    const confirm = await chair.get(`/chair/competitions/${competitionId}/delete`);
    expect(confirm.status).toBe(200);
    const text = await pageText(confirm);
    expect(text).toContain("Slette Kundeservice Awards 2047?");
    expect(text).toContain("Konkurransen og kategoriene dens (2) slettes for godt.");
    expect(query("SELECT id FROM competitions WHERE id = ?", competitionId)).toHaveLength(1);

    const deleted = await chair.post(`/chair/competitions/${competitionId}/delete`, { intent: "delete" });
    expect(deleted.status).toBe(302);
    expect(deleted.headers.get("location")).toBe("/chair?deleted=2047");
    expect(await pageText(await chair.get("/chair?deleted=2047"))).toContain("Konkurransen for 2047 er slettet.");
    expect(query("SELECT id FROM competitions WHERE id = ?", competitionId)).toHaveLength(0);
    expect(query("SELECT id FROM categories WHERE id IN (?, ?)", ...categoryIds)).toHaveLength(0);
    const [audit] = query<{ details: string }>(
      "SELECT details FROM audit_log WHERE action = 'competition.deleted' AND subject_id = ?",
      String(competitionId),
    );
    expect(JSON.parse(audit!.details)).toEqual({ year: 2047, name: "Kundeservice Awards 2047" });
    expect((await chair.get(`/chair/competitions/${competitionId}`)).status).toBe(404);
  });

  it("refuses a competition with cases, with the reason, and keeps it", async () => {
    const { competitionId, categoryIds } = createOpenCompetition(server.databasePath, { year: 2048 });
    createSubmittedCase(server.databasePath, { competitionId, categoryId: categoryIds[1], title: "Har en sak" });
    const message = "Konkurransen har 1 saker og kan ikke slettes.";
    const page = await (await chair.get(`/chair/competitions/${competitionId}/delete`)).text();
    expect(await pageText(new Response(page))).toContain(message);
    expect(page).not.toContain('value="delete"');
    const refused = await chair.post(`/chair/competitions/${competitionId}/delete`, { intent: "delete" });
    expect(refused.status).toBe(409);
    expect(await pageText(refused)).toContain(message);
    expect(query("SELECT id FROM competitions WHERE id = ?", competitionId)).toHaveLength(1);
  });

  it("deletes nothing without the button's intent, and refuses other roles", async () => {
    const { competitionId } = createOpenCompetition(server.databasePath, { year: 2049 });
    expect((await chair.post(`/chair/competitions/${competitionId}/delete`, {})).status).toBe(400);
    for (const role of ["entrant", "juror"] as const) {
      const client = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role }));
      expect((await client.get(`/chair/competitions/${competitionId}/delete`)).status).toBe(403);
      expect((await client.post(`/chair/competitions/${competitionId}/delete`, { intent: "delete" })).status).toBe(403);
      expect((await client.get(`/chair/competitions/${competitionId}/clone`)).status).toBe(403);
    }
    expect(query("SELECT id FROM competitions WHERE id = ?", competitionId)).toHaveLength(1);
  });
});
