import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, sqlRows } from "#tests/support/factories.ts";
import { type HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
let chair: HttpClient;

const VALID = {
  intent: "save",
  year: "2027",
  name: "Kundeservice Awards 2027",
  submissionOpensAt: "2027-01-04T09:00",
  submissionDeadlineAt: "2027-01-31T23:59",
  scoringDeadlineAt: "2027-03-01T12:00",
  scaleMin: "1",
  scaleMax: "10",
  minScoreSheets: "3",
  weightPromise: "30",
  weightAnchoring: "30",
  weightRealisation: "40",
};

async function signedIn(role: "entrant" | "juror" | "chair") {
  return loggedIn(server.baseUrl, await createUser(server.databasePath, { role }));
}

async function createCompetition(overrides: Record<string, string> = {}) {
  const response = await chair.post("/chair/competitions/new", { ...VALID, ...overrides });
  expect(response.status).toBe(302);
  return response.headers.get("location")!;
}

const query = <T>(sql: string, ...params: unknown[]) => sqlRows<T>(server.databasePath, sql, ...params);

beforeAll(async () => {
  server = await startTestServer();
  chair = await signedIn("chair");
});

afterAll(async () => {
  await server?.stop();
});

describe("setting up a competition", () => {
  it("stores Oslo times as the right instants and shows them back as typed", async () => {
    const path = await createCompetition();
    expect(path).toMatch(/^\/chair\/competitions\/\d+$/);
    const [row] = query<{ submission_deadline_at: number; submission_opens_at: number }>(
      "SELECT submission_deadline_at, submission_opens_at FROM competitions WHERE year = 2027",
    );
    expect(new Date(row!.submission_deadline_at).toISOString()).toBe("2027-01-31T22:59:00.000Z");
    expect(new Date(row!.submission_opens_at).toISOString()).toBe("2027-01-04T08:00:00.000Z");
    const html = await (await chair.get(path)).text();
    expect(html).toContain('value="2027-01-31T23:59"');
    expect(await pageText(await chair.get("/chair"))).toContain("Kundeservice Awards 2027");
  });

  it("refuses a second competition for the same year next to the field, keeping what was typed", async () => {
    await createCompetition({ year: "2028", name: "Første 2028" });
    const response = await chair.post("/chair/competitions/new", { ...VALID, year: "2028", name: "Andre forsøk 2028" });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(await pageText(new Response(html))).toContain("Det finnes allerede en konkurranse for dette året.");
    expect(html).toContain('value="Andre forsøk 2028"');
    expect(html).toContain('value="2027-01-31T23:59"');
  });

  it("refuses a deadline before the opening and a jury deadline before the submission deadline", async () => {
    const response = await chair.post("/chair/competitions/new", {
      ...VALID,
      year: "2029",
      submissionOpensAt: "2029-02-01T09:00",
      submissionDeadlineAt: "2029-01-31T23:59",
      scoringDeadlineAt: "2029-01-01T12:00",
    });
    expect(response.status).toBe(400);
    const text = await pageText(response);
    expect(text).toContain("Fristen for innsending må være etter at innsendingen åpner.");
    expect(text).toContain("Juryens frist må være etter fristen for innsending.");
  });

  it("answers malformed numbers, dates and weights with messages, never a server error", async () => {
    const response = await chair.post("/chair/competitions/new", {
      ...VALID,
      year: "abc",
      submissionOpensAt: "i morgen",
      weightPromise: "0",
      weightAnchoring: "-3",
      weightRealisation: "x",
    });
    expect(response.status).toBe(400);
    const text = await pageText(response);
    expect(text).toContain("Skriv et helt tall.");
    expect(text).toContain("Skriv dato og klokkeslett");
    // Each of the three at its field and again in the error summary at the top of the form (issue 14).
    expect(text.match(/Vekten må være et helt tall fra 1 til 1000\./g)?.length).toBe(6);
    const upsideDownScale = await chair.post("/chair/competitions/new", {
      ...VALID,
      year: "2040",
      scaleMin: "10",
      scaleMax: "5",
    });
    expect(upsideDownScale.status).toBe(400);
    expect(await pageText(upsideDownScale)).toContain("Høyeste poeng må være større enn laveste.");
  });
});

describe("categories", () => {
  it("copies the default weights into a new category and shows them as percentages", async () => {
    const path = await createCompetition({
      year: "2030",
      weightPromise: "25",
      weightAnchoring: "25",
      weightRealisation: "50",
    });
    const page = await (await chair.get(path)).text();
    // The add-category form starts from the competition's defaults.
    expect(page.match(/name="weightPromise"[^>]*value="25"/g)?.length).toBe(2);
    const added = await chair.post(path, {
      intent: "add-category",
      name: "Store virksomheter",
      description: "",
      weightPromise: "25",
      weightAnchoring: "25",
      weightRealisation: "50",
    });
    expect(added.status).toBe(302);
    expect(await pageText(await chair.get(path))).toContain("25 % · 25 % · 50 % · 0 saker");
  });

  it("edits a category's weights, shows the new percentages and records old and new in the audit log", async () => {
    const path = await createCompetition({ year: "2031" });
    await chair.post(path, {
      intent: "add-category",
      name: "Offentlig sektor",
      description: "",
      weightPromise: "30",
      weightAnchoring: "30",
      weightRealisation: "40",
    });
    const categoryId = /\/categories\/(\d+)/.exec(await (await chair.get(path)).text())![1];
    const edited = await chair.post(`${path}/categories/${categoryId}`, {
      name: "Offentlig sektor",
      description: "Stat og kommune",
      weightPromise: "1",
      weightAnchoring: "1",
      weightRealisation: "1",
    });
    expect(edited.status).toBe(302);
    expect(await pageText(await chair.get(path))).toContain("34 % · 33 % · 33 %");
    const audit = query<{ action: string; details: string }>(
      "SELECT action, details FROM audit_log WHERE subject_type = 'category' AND subject_id = ? ORDER BY id",
      categoryId,
    );
    expect(audit.map((row) => row.action)).toEqual([
      "category.created",
      "category.updated",
      "category.weights-changed",
    ]);
    expect(JSON.parse(audit[2]!.details)).toEqual({
      from: { promise: 30, anchoring: 30, realisation: 40 },
      to: { promise: 1, anchoring: 1, realisation: 1 },
    });
  });

  it("reorders categories, refuses a duplicate name, and removes only empty categories", async () => {
    const path = await createCompetition({ year: "2032" });
    const add = (name: string) =>
      chair.post(path, {
        intent: "add-category",
        name,
        description: "",
        weightPromise: "30",
        weightAnchoring: "30",
        weightRealisation: "40",
      });
    await add("A");
    await add("B");
    const duplicate = await add("b");
    expect(duplicate.status).toBe(400);
    expect(await pageText(duplicate)).toContain("Konkurransen har allerede en kategori med dette navnet.");

    const ids = [...(await (await chair.get(path)).text()).matchAll(/\/categories\/(\d+)"/g)].map((match) => match[1]!);
    expect((await chair.post(path, { intent: "move-down", categoryId: ids[0]! })).status).toBe(302);
    const order = [...(await pageText(await chair.get(path))).matchAll(/Fjern (\w)\b/g)].map((match) => match[1]);
    expect(order).toEqual(["B", "A"]);

    // A category with a case cannot go.
    const competitionId = Number(path.split("/").pop());
    const db = new Database(server.databasePath);
    const organisationId = db
      .prepare("INSERT INTO organisations (name, org_number, created_at) VALUES ('Org', '911111111', ?) RETURNING id")
      .get(Date.now()) as { id: number };
    db.prepare(
      "INSERT INTO cases (competition_id, category_id, organisation_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
    ).run(competitionId, ids[0], organisationId.id, Date.now(), Date.now());
    db.close();
    const refused = await chair.post(path, { intent: "remove-category", categoryId: ids[0]! });
    expect(refused.status).toBe(409);
    expect(await pageText(refused)).toContain("Kategorien «A» har saker og kan ikke fjernes.");
    expect((await chair.post(path, { intent: "remove-category", categoryId: ids[1]! })).status).toBe(302);
    expect(query("SELECT id FROM categories WHERE competition_id = ?", competitionId)).toHaveLength(1);
  });

  it("answers 404 for a category of another competition and for unknown ids", async () => {
    const first = await createCompetition({ year: "2033" });
    const second = await createCompetition({ year: "2034" });
    await chair.post(first, {
      intent: "add-category",
      name: "Kun i 2033",
      description: "",
      weightPromise: "30",
      weightAnchoring: "30",
      weightRealisation: "40",
    });
    const categoryId = /\/categories\/(\d+)/.exec(await (await chair.get(first)).text())![1];
    expect((await chair.get(`${second}/categories/${categoryId}`)).status).toBe(404);
    expect((await chair.post(second, { intent: "remove-category", categoryId: categoryId! })).status).toBe(404);
    expect((await chair.get("/chair/competitions/999999")).status).toBe(404);
    expect((await chair.get("/chair/competitions/abc")).status).toBe(404);
  });
});

describe("who may set up competitions", () => {
  it("refuses entrants and jurors on every chair page and action", async () => {
    const path = await createCompetition({ year: "2035" });
    for (const role of ["entrant", "juror"] as const) {
      const client = await signedIn(role);
      expect((await client.get("/chair/competitions/new")).status).toBe(403);
      expect((await client.post("/chair/competitions/new", { ...VALID, year: "2036" })).status).toBe(403);
      expect((await client.get(path)).status).toBe(403);
      expect(
        (
          await client.post(path, {
            intent: "add-category",
            name: "Kapret",
            weightPromise: "1",
            weightAnchoring: "1",
            weightRealisation: "1",
          })
        ).status,
      ).toBe(403);
    }
    expect(query("SELECT id FROM competitions WHERE year = 2036")).toHaveLength(0);
  });
});
