import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assignConfirmed,
  auditActions,
  createOpenCompetition,
  createSubmittedCase,
  createUser,
  sqlRows,
} from "#tests/support/factories.ts";
import { HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
let chair: HttpClient;
let competitionId: number;
const jurors: HttpClient[] = [];
let caseA: number;
let caseB: number;
let formulaCase: number;

type Entry = {
  case_id: number;
  rank: number | null;
  score: number | null;
  sheet_count: number;
  too_few_sheets: number;
};
const ranking = () =>
  new Map(
    sqlRows<Entry>(
      server.databasePath,
      "SELECT case_id, rank, score, sheet_count, too_few_sheets FROM ranking_entries WHERE competition_id = ?",
      competitionId,
    ).map((row) => [row.case_id, row]),
  );

const scores = (promise: number, anchoring: number, realisation: number) => ({
  scorePromise: String(promise),
  scoreAnchoring: String(anchoring),
  scoreRealisation: String(realisation),
  overallComment: "Begrunnet vurdering.",
});

beforeAll(async () => {
  server = await startTestServer();
  chair = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "chair" }));
  const created = createOpenCompetition(server.databasePath);
  competitionId = created.competitionId;
  const categoryId = created.categoryIds[0];
  caseA = createSubmittedCase(server.databasePath, {
    competitionId,
    categoryId,
    title: "Blåbærgaranti for ærlige svar",
  }).caseId;
  caseB = createSubmittedCase(server.databasePath, { competitionId, categoryId, title: "Svar før lunsj" }).caseId;
  formulaCase = createSubmittedCase(server.databasePath, {
    competitionId,
    categoryId,
    title: '=HYPERLINK("http://angrep.example")',
  }).caseId;
  for (const name of ["Åse Jury", "Øystein Jury", "Ærlig Jury"]) {
    const juror = await createUser(server.databasePath, { role: "juror", name });
    for (const caseId of [caseA, caseB, formulaCase]) assignConfirmed(server.databasePath, caseId, juror.id);
    jurors.push(await loggedIn(server.baseUrl, juror));
  }
});

afterAll(async () => {
  await server?.stop();
});

describe("the ranking table", () => {
  it("moves as soon as a sheet is finalised, and back when it is reopened", async () => {
    expect((await jurors[0]!.post(`/jury/cases/${caseA}`, { intent: "finalise", ...scores(9, 9, 9) })).status).toBe(
      302,
    );
    expect(ranking().get(caseA)).toMatchObject({ rank: 1, score: 9, sheet_count: 1, too_few_sheets: 1 });
    expect(ranking().get(caseB)).toMatchObject({ rank: null, score: null, sheet_count: 0 });

    expect((await jurors[0]!.post(`/jury/cases/${caseB}`, { intent: "finalise", ...scores(6, 6, 6) })).status).toBe(
      302,
    );
    expect((await jurors[1]!.post(`/jury/cases/${caseB}`, { intent: "finalise", ...scores(8, 8, 8) })).status).toBe(
      302,
    );
    expect(ranking().get(caseB)).toMatchObject({ rank: 2, score: 7, sheet_count: 2 });

    // A draft does not count.
    expect((await jurors[1]!.post(`/jury/cases/${caseA}`, { intent: "save-draft", ...scores(1, 1, 1) })).status).toBe(
      302,
    );
    expect(ranking().get(caseA)).toMatchObject({ score: 9, sheet_count: 1 });

    expect((await jurors[0]!.post(`/jury/cases/${caseA}`, { intent: "reopen" })).status).toBe(302);
    expect(ranking().get(caseA)).toMatchObject({ rank: null, score: null, sheet_count: 0 });
    expect(ranking().get(caseB)).toMatchObject({ rank: 1 });

    expect((await jurors[0]!.post(`/jury/cases/${caseA}`, { intent: "finalise", ...scores(9, 9, 9) })).status).toBe(
      302,
    );
    const page = await pageText(await chair.get(`/chair/ranking?competition=${competitionId}`));
    expect(page).toMatch(/1 KSA-\d+-\d+ Blåbærgaranti for ærlige svar .* 9,00/);
    expect(page).toContain("For få skjemaer (1 av 3)");
  });

  it("moves when the chair changes the category's weights", async () => {
    expect(
      (await jurors[2]!.post(`/jury/cases/${formulaCase}`, { intent: "finalise", ...scores(10, 2, 2) })).status,
    ).toBe(302);
    expect(ranking().get(formulaCase)!.score).toBeCloseTo(4.4, 10); // 0.3·10 + 0.3·2 + 0.4·2
    const [category] = sqlRows<{ id: number; name: string }>(
      server.databasePath,
      "SELECT c.id, c.name FROM categories c JOIN cases k ON k.category_id = c.id WHERE k.id = ?",
      formulaCase,
    );
    const changed = await chair.post(`/chair/competitions/${competitionId}/categories/${category!.id}`, {
      name: category!.name,
      description: "",
      weightPromise: "80",
      weightAnchoring: "10",
      weightRealisation: "10",
      // Scoring has started in the category, so moving its ranking must be confirmed (issue 14).
      confirmRankingChange: "on",
    });
    expect(changed.status).toBe(302);
    expect(ranking().get(formulaCase)!.score).toBeCloseTo(8.4, 10); // 0.8·10 + 0.1·2 + 0.1·2
    expect(ranking().get(formulaCase)!.rank).toBe(2);
  });

  it("previews every method and switches to the one the chair picks, audited", async () => {
    const preview = await chair.get(`/chair/ranking?competition=${competitionId}`);
    expect((await preview.text()).match(/data-testid="method-preview"/g)).toHaveLength(1);
    const switched = await chair.post(`/chair/ranking?competition=${competitionId}`, {
      competitionId: String(competitionId),
      method: "median",
    });
    expect(switched.status).toBe(302);
    expect(
      sqlRows<{ ranking_method: string }>(
        server.databasePath,
        "SELECT ranking_method FROM competitions WHERE id = ?",
        competitionId,
      )[0]!.ranking_method,
    ).toBe("median");
    expect(auditActions(server.databasePath, "competition", competitionId)).toContain("ranking.method-changed");
    expect(
      (await chair.post("/chair/ranking", { competitionId: String(competitionId), method: "best-guess" })).status,
    ).toBe(400);
    expect((await chair.post("/chair/ranking", { competitionId: String(competitionId), method: "mean" })).status).toBe(
      302,
    );
  });
});

describe("exports for the committee", () => {
  it("gives the ranking as CSV that Excel opens with Norwegian letters, and formulas neutralised", async () => {
    const response = await chair.get(`/chair/ranking.csv?competition=${competitionId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="rangering-\d{4}\.csv"/);
    const bytes = new Uint8Array(await response.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // The first line is the ranking rules as a "#" comment (issue 15); the table follows.
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .slice(1);
    expect(lines[0]).toBe(
      "Runde;Kategori;Plass;Referanse;Tittel;Bedrift;Poeng;Metode;Råsnitt;Snitt steg 1;Snitt steg 2;Snitt steg 3;Ferdige skjemaer;Spredning;For få skjemaer;Stor uenighet",
    );
    expect(lines[1]).toMatch(
      /^Hovedrunde;Store virksomheter;1;KSA-\d+-\d+;Blåbærgaranti for ærlige svar;.*;9,00;Gjennomsnitt;9,00;9,00;9,00;9,00;1;0,00;ja;nei$/,
    );
    expect(lines.find((line) => line.includes("HYPERLINK"))).toContain(`"'=HYPERLINK(""http://angrep.example"")"`);
  });

  it("gives every score sheet with juror, scores and comments", async () => {
    const response = await chair.get(`/chair/score-sheets.csv?competition=${competitionId}`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain("Jurymedlem;E-post;Status;Inhabil;Poeng steg 1");
    expect(text).toMatch(/Øystein Jury;[^;]+;Ferdig;nei;8,00;8,00;8,00;8,00;;;;Begrunnet vurdering\./);
    expect(text).toMatch(/Øystein Jury;[^;]+;Utkast;nei;1,00;1,00;1,00;1,00;/);
  });
});

describe("the chair's ranking is the chair's", () => {
  it("answers 403 to a juror and an entrant on the page, the method switch and both exports", async () => {
    const entrant = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "entrant" }));
    for (const client of [jurors[2]!, entrant]) {
      expect((await client.get(`/chair/ranking?competition=${competitionId}`)).status).toBe(403);
      expect((await client.get(`/chair/ranking.csv?competition=${competitionId}`)).status).toBe(403);
      expect((await client.get(`/chair/score-sheets.csv?competition=${competitionId}`)).status).toBe(403);
      expect(
        (await client.post("/chair/ranking", { competitionId: String(competitionId), method: "median" })).status,
      ).toBe(403);
    }
    expect((await new HttpClient(server.baseUrl).get(`/chair/ranking.csv?competition=${competitionId}`)).status).toBe(
      302,
    );
  });
});
