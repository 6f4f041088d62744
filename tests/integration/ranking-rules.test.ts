import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setSubmissionDeadline } from "#tests/support/factories.ts";
import { HttpClient, pageText } from "#tests/support/http-client.ts";
import { createScoredCompetition } from "#tests/support/scored-competition.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// The method and the tie-break, in plain words, where the ranking is read: the chair's page, the
// CSV's first line and the public page; the results JSON carries them as data.

let server: TestServer;
let scored: Awaited<ReturnType<typeof createScoredCompetition>>;
const TIE_BREAK =
  "Ved lik poengsum går høyest snitt i Steg 3: Realisering foran, deretter Steg 1: Serviceløftet, deretter Steg 2: Forankring.";
const FULL_TIE = "Er alt likt, deles plassen og neste hoppes over (1, 1, 3).";

beforeAll(async () => {
  server = await startTestServer();
  scored = await createScoredCompetition(server);
});

afterAll(async () => {
  await server?.stop();
});

describe("the ranking rules for the chair", () => {
  it("are on the ranking page, and follow the method chosen", async () => {
    const path = `/chair/ranking?competition=${scored.competitionId}`;
    const page = await pageText(await scored.chair.get(path));
    expect(page).toContain("Slik rangeres sakene");
    expect(page).toContain("Metode: gjennomsnitt av jurymedlemmenes vektede totaler.");
    expect(page).toContain(TIE_BREAK);
    expect(page).toContain(FULL_TIE);
    const switched = await scored.chair.post("/chair/ranking", {
      competitionId: String(scored.competitionId),
      method: "trimmed",
    });
    expect(switched.status).toBe(302);
    expect(await pageText(await scored.chair.get(path))).toContain(
      "Metode: trimmet gjennomsnitt. Fra 5 skjemaer tas høyeste og laveste total bort før snittet.",
    );
    expect(
      (await scored.chair.post("/chair/ranking", { competitionId: String(scored.competitionId), method: "mean" }))
        .status,
    ).toBe(302);
  });

  it("are the CSV's first line, a '#' comment in one cell, with the column headers below", async () => {
    const response = await scored.chair.get(`/chair/ranking.csv?competition=${scored.competitionId}`);
    expect(response.status).toBe(200);
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toMatch(/^# Metode: gjennomsnitt av jurymedlemmenes vektede totaler\. /);
    expect(lines[0]).toContain(TIE_BREAK);
    expect(lines[0]).toContain(FULL_TIE);
    expect(lines[0]).not.toMatch(/[;"]/);
    expect(lines[1]).toMatch(/^Runde;Kategori;Plass;Referanse;/);
    expect(lines).toHaveLength(2 + 4);
  });
});

describe("the ranking rules for the public", () => {
  it("are on the results page, and the JSON has the method, the rules, the time and stable ids", async () => {
    const { chair, competitionId, publish, year } = scored;
    setSubmissionDeadline(server.databasePath, competitionId, new Date(Date.now() - 60_000));
    expect((await chair.post("/chair/jury", { competitionId: String(competitionId), intent: "lock" })).status).toBe(
      302,
    );
    expect((await publish({ intent: "prepare-finalists", finalistCount: "2", ...scored.includeHav() })).status).toBe(
      302,
    );
    expect((await publish({ intent: "publish-finalists" })).status).toBe(302);

    const page = await pageText(await new HttpClient(server.baseUrl).get(`/results/${year}`));
    expect(page).toContain("Slik rangeres sakene");
    expect(page).toContain(TIE_BREAK);

    const json = await (await new HttpClient(server.baseUrl).get(`/api/results/${year}`)).json();
    expect(json.method).toBe("mean");
    expect(json.rules).toMatchObject({ method: "mean", tieBreakSteps: ["realisation", "promise", "anchoring"] });
    expect(json.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(json.version).toBe(1);
    expect(json.corrections).toEqual([]);
    const references = json.categories.flatMap((category: { finalists: { reference: string }[] }) =>
      category.finalists.map((item) => item.reference),
    );
    expect(references).toHaveLength(3);
    for (const reference of references) expect(reference).toMatch(new RegExp(`^KSA-${year}-\\d+$`));
    expect(references).toContain(`KSA-${year}-${String(scored.cases.sol.caseId).padStart(4, "0")}`);
  });
});
