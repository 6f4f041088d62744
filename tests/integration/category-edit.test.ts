import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assignConfirmed,
  createOpenCompetition,
  createSubmittedCase,
  createUser,
  sqlRows,
  sqlRun,
} from "#tests/support/factories.ts";
import { type HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// Issue 14: the "Endre" link on a competition's categories opens a page of its own; new weights move
// the ranking, so once the jury has handed in a final sheet they need an explicit confirmation.

let server: TestServer;
let chair: HttpClient;
let competitionId: number;
let categoryIds: [number, number];
let sharp: number;
let even: number;

const scores = (promise: number, anchoring: number, realisation: number) => ({
  scorePromise: String(promise),
  scoreAnchoring: String(anchoring),
  scoreRealisation: String(realisation),
  overallComment: "Begrunnet vurdering.",
});

const editPath = (categoryId: number, competition = competitionId) =>
  `/chair/competitions/${competition}/categories/${categoryId}`;

const ranking = () =>
  new Map(
    sqlRows<{ case_id: number; rank: number | null; score: number | null }>(
      server.databasePath,
      "SELECT case_id, rank, score FROM ranking_entries WHERE competition_id = ? AND round = 'main'",
      competitionId,
    ).map((row) => [row.case_id, row]),
  );

const storedWeights = (categoryId: number) =>
  sqlRows<{ weight_promise: number; weight_anchoring: number; weight_realisation: number }>(
    server.databasePath,
    "SELECT weight_promise, weight_anchoring, weight_realisation FROM categories WHERE id = ?",
    categoryId,
  )[0];

beforeAll(async () => {
  server = await startTestServer();
  chair = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "chair" }));
  ({ competitionId, categoryIds } = createOpenCompetition(server.databasePath));
  sharp = createSubmittedCase(server.databasePath, {
    competitionId,
    categoryId: categoryIds[0],
    title: "Løftet som slår til",
  }).caseId;
  even = createSubmittedCase(server.databasePath, {
    competitionId,
    categoryId: categoryIds[0],
    title: "Jevnt og trutt",
  }).caseId;
  const juror = await createUser(server.databasePath, { role: "juror", name: "Vekt Jury" });
  for (const caseId of [sharp, even]) assignConfirmed(server.databasePath, caseId, juror.id);
  const jurorClient = await loggedIn(server.baseUrl, juror);
  for (const [caseId, given] of [
    [sharp, scores(10, 2, 2)],
    [even, scores(4, 6, 6)],
  ] as const) {
    expect((await jurorClient.post(`/jury/cases/${caseId}`, { intent: "finalise", ...given })).status).toBe(302);
  }
});

afterAll(async () => {
  await server?.stop();
});

describe("the category edit page", () => {
  it("opens the category's own form, not the competition page again, full width with the weights' sum", async () => {
    const response = await chair.get(editPath(categoryIds[0]));
    expect(response.status).toBe(200);
    const html = await response.text();
    const text = await pageText(new Response(html));
    expect(text).toContain("Kategori: Store virksomheter");
    expect(text).not.toContain("Innstillinger");
    expect(html).toContain('value="Store virksomheter"');
    expect(text).toContain("Juryen har levert 2 ferdige skjemaer i denne kategorien.");
    expect(text).toContain("Vektene summerer til 100 %.");
    expect(text).not.toContain("prosent");
    expect(html).toContain("max-w-none");
  });

  it("the category edit changes the ranking's weights, once the chair confirms the ranking will move", async () => {
    // 30/30/40: the even case (1.2 + 1.8 + 2.4 = 5.4) above the sharp one (3 + 0.6 + 0.8 = 4.4).
    expect(ranking().get(even)).toMatchObject({ rank: 1 });
    expect(ranking().get(sharp)!.score).toBeCloseTo(4.4, 10);
    const newWeights = {
      name: "Store virksomheter",
      description: "Over 250 ansatte",
      weightPromise: "80",
      weightAnchoring: "10",
      weightRealisation: "10",
    };

    const asked = await chair.post(editPath(categoryIds[0]), newWeights);
    expect(asked.status).toBe(409);
    const askedHtml = await asked.text();
    expect(await pageText(new Response(askedHtml))).toContain(
      "Juryen har allerede levert ferdige skjemaer i denne kategorien, så nye vekter flytter rangeringen. Kryss av for å bekrefte.",
    );
    expect(askedHtml).toMatch(
      /<input[^>]*type="checkbox"[^>]*name="confirmRankingChange"|name="confirmRankingChange"[^>]*type="checkbox"/,
    );
    expect(askedHtml).toContain('value="80"');
    expect(storedWeights(categoryIds[0])).toEqual({ weight_promise: 30, weight_anchoring: 30, weight_realisation: 40 });
    expect(ranking().get(sharp)!.score).toBeCloseTo(4.4, 10);

    const confirmed = await chair.post(editPath(categoryIds[0]), { ...newWeights, confirmRankingChange: "on" });
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.get("location")).toBe(`/chair/competitions/${competitionId}`);
    // 80/10/10: the sharp case 8 + 0.2 + 0.2 = 8.4, the even one 3.2 + 0.6 + 0.6 = 4.4.
    expect(ranking().get(sharp)!.score).toBeCloseTo(8.4, 10);
    expect(ranking().get(sharp)!.rank).toBe(1);
    expect(ranking().get(even)!.score).toBeCloseTo(4.4, 10);
    expect(ranking().get(even)!.rank).toBe(2);
    const [audit] = sqlRows<{ details: string }>(
      server.databasePath,
      "SELECT details FROM audit_log WHERE action = 'category.weights-changed' AND subject_id = ?",
      String(categoryIds[0]),
    );
    expect(JSON.parse(audit!.details)).toEqual({
      from: { promise: 30, anchoring: 30, realisation: 40 },
      to: { promise: 80, anchoring: 10, realisation: 10 },
      rankingMoved: true,
    });
    const competitionPage = await pageText(await chair.get(`/chair/competitions/${competitionId}`));
    expect(competitionPage).toContain("80 % · 10 % · 10 % · 2 saker");
    expect(competitionPage).toContain("Over 250 ansatte");
  });

  it("changes name and description alone without asking, as scoring does not move", async () => {
    const renamed = await chair.post(editPath(categoryIds[0]), {
      name: "Store selskaper",
      description: "",
      weightPromise: "80",
      weightAnchoring: "10",
      weightRealisation: "10",
    });
    expect(renamed.status).toBe(302);
    expect(
      sqlRows<{ name: string }>(server.databasePath, "SELECT name FROM categories WHERE id = ?", categoryIds[0]),
    ).toEqual([{ name: "Store selskaper" }]);
  });

  it("says plainly that weights not adding up to 100 are scaled, on the form and on the competition page", async () => {
    const scaled = await chair.post(editPath(categoryIds[1]), {
      name: "Små og mellomstore virksomheter",
      description: "",
      weightPromise: "30",
      weightAnchoring: "30",
      weightRealisation: "30",
    });
    expect(scaled.status).toBe(302);
    expect(await pageText(await chair.get(`/chair/competitions/${competitionId}`))).toContain(
      "34 % · 33 % · 33 % · 0 saker Vektene summerer til 90; de skaleres til 100 %: 34 / 33 / 33 %.",
    );
    expect(await pageText(await chair.get(editPath(categoryIds[1])))).toContain(
      "Vektene summerer til 90; de skaleres til 100 %: 34 / 33 / 33 %.",
    );
  });

  it("refuses a name another category of the competition has, with the reason at the field", async () => {
    const clash = await chair.post(editPath(categoryIds[1]), {
      name: "STORE SELSKAPER",
      description: "",
      weightPromise: "30",
      weightAnchoring: "30",
      weightRealisation: "40",
    });
    expect(clash.status).toBe(400);
    expect(await pageText(clash)).toContain("Konkurransen har allerede en kategori med dette navnet.");
    expect(storedWeights(categoryIds[1])).toEqual({ weight_promise: 30, weight_anchoring: 30, weight_realisation: 30 });
  });

  it("checks the fields as creation does, every error at once", async () => {
    const response = await chair.post(editPath(categoryIds[1]), {
      name: "",
      description: "",
      weightPromise: "0",
      weightAnchoring: "x",
      weightRealisation: "30",
    });
    expect(response.status).toBe(400);
    const text = await pageText(response);
    expect(text).toContain("Fyll ut feltet.");
    expect(text.match(/Vekten må være et helt tall fra 1 til 1000\./g)?.length).toBeGreaterThanOrEqual(2);
  });
});

describe("who may edit which category", () => {
  it("refuses entrants and jurors with 403", async () => {
    for (const role of ["entrant", "juror"] as const) {
      const client = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role }));
      expect((await client.get(editPath(categoryIds[1]))).status).toBe(403);
      const post = await client.post(editPath(categoryIds[1]), {
        name: "Kapret",
        description: "",
        weightPromise: "1",
        weightAnchoring: "1",
        weightRealisation: "1",
        confirmRankingChange: "on",
      });
      expect(post.status).toBe(403);
    }
    expect(storedWeights(categoryIds[1])).toEqual({ weight_promise: 30, weight_anchoring: 30, weight_realisation: 30 });
  });

  it("answers 404 for a category of another competition", async () => {
    const other = createOpenCompetition(server.databasePath, { year: 2090 });
    expect((await chair.get(editPath(categoryIds[0], other.competitionId))).status).toBe(404);
    const post = await chair.post(editPath(categoryIds[0], other.competitionId), {
      name: "Feil konkurranse",
      description: "",
      weightPromise: "1",
      weightAnchoring: "1",
      weightRealisation: "1",
      confirmRankingChange: "on",
    });
    expect(post.status).toBe(404);
    expect((await chair.get(editPath(999_999))).status).toBe(404);
  });

  it("refuses any change once the competition's results are published, with a clear message", async () => {
    const published = createOpenCompetition(server.databasePath, { year: 2091 });
    sqlRun(
      server.databasePath,
      "INSERT INTO publications (competition_id, stage, snapshot, prepared_at, published_at) VALUES (?, 'finalists', '{}', ?, ?)",
      published.competitionId,
      Date.now(),
      Date.now(),
    );
    const message = "Resultatene for konkurransen er publisert, så kategoriene kan ikke endres lenger.";
    const page = await chair.get(editPath(published.categoryIds[0], published.competitionId));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(await pageText(new Response(html))).toContain(message);
    expect(html).not.toContain('name="weightPromise"');
    const refused = await chair.post(editPath(published.categoryIds[0], published.competitionId), {
      name: "Endret etterpå",
      description: "",
      weightPromise: "1",
      weightAnchoring: "1",
      weightRealisation: "1",
      confirmRankingChange: "on",
    });
    expect(refused.status).toBe(409);
    expect(await pageText(refused)).toContain(message);
    expect(
      sqlRows<{ name: string }>(
        server.databasePath,
        "SELECT name FROM categories WHERE id = ?",
        published.categoryIds[0],
      ),
    ).toEqual([{ name: "Store virksomheter" }]);
  });
});
