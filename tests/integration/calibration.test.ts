// Issue 16, calibration round (ADR 0032): the chair opens a round with sample cases, every juror
// scores them first on the ordinary score sheet and sees how their scores compare, counts only; the
// samples never compete.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenCompetition, sqlRows } from "#tests/support/factories.ts";
import { HttpClient, pageText } from "#tests/support/http-client.ts";
import { createScoredCompetition, evenScores } from "#tests/support/scored-competition.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
let scored: Awaited<ReturnType<typeof createScoredCompetition>>;
let calibrationPath: string;

const SAMPLE_ONE = "Prøvesak Fjordbanken";
const SAMPLE_TWO = "Prøvesak Nordlys Energi";

const sampleFields = (position: number, title: string) => ({
  [`title${position}`]: title,
  [`summary${position}`]: "",
  [`servicePromise${position}`]: `${title} lover svar innen én time.`,
  [`anchoring${position}`]: "Alle i kundesenteret kjenner løftet.",
  [`realisation${position}`]: "Målt hver uke, med resultater på tavla.",
});

const chairPost = (fields: Record<string, string>) =>
  scored.chair.post(calibrationPath, { competitionId: String(scored.competitionId), ...fields });

/** The calibration's sample ids by title. */
const sampleIds = () =>
  Object.fromEntries(
    sqlRows<{ id: number; title: string }>(server.databasePath, "SELECT id, title FROM calibration_samples").map(
      (row) => [row.title, row.id],
    ),
  );

const submitSample = (juror: HttpClient, sampleId: number, scores: [number, number, number]) =>
  juror.post(`/jury/calibration/${sampleId}`, {
    intent: "finalise",
    scorePromise: String(scores[0]),
    scoreAnchoring: String(scores[1]),
    scoreRealisation: String(scores[2]),
    overallComment: `Prøvevurdering ${sampleId}-${scores.join("")}`,
  });

/** Juror Tre has no sheet on Hav yet: a real sheet the calibration holds back. */
const saveRealDraft = (juror: HttpClient) =>
  juror.post(`/jury/cases/${scored.cases.hav.caseId}`, { intent: "save-draft", ...evenScores(6, "Ekte sak") });

beforeAll(async () => {
  server = await startTestServer();
  scored = await createScoredCompetition(server);
  calibrationPath = `/chair/jury/calibration?competition=${scored.competitionId}`;
});

afterAll(async () => {
  await server?.stop();
});

describe("a calibration round", () => {
  it("is the chair's alone: jurors and entrants are refused, an unknown competition is not found", async () => {
    expect((await scored.jurors[0]!.get(calibrationPath)).status).toBe(403);
    expect((await scored.cases.sol.entrant.get(calibrationPath)).status).toBe(403);
    expect((await scored.jurors[0]!.post(calibrationPath, { intent: "close" })).status).toBe(403);
    const anonymous = await new HttpClient(server.baseUrl).get(calibrationPath);
    expect(anonymous.headers.get("location")).toContain("/login");
    expect((await scored.chair.get("/chair/jury/calibration?competition=99999")).status).toBe(404);
    // The jury overview leads here.
    expect(await (await scored.chair.get(`/chair/jury?competition=${scored.competitionId}`)).text()).toContain(
      `href="/chair/jury/calibration?competition=${scored.competitionId}"`,
    );
  });

  it("refuses an incomplete sample form with every problem at once and opens nothing", async () => {
    const response = await chairPost({ intent: "open", title1: "", title2: "Bare en tittel" });
    expect(response.status).toBe(400);
    const html = await response.text();
    const text = await pageText(new Response(html));
    // The summary lists the first sample's four missing fields and the second's three, and what was typed stays.
    expect(text).toMatch(
      /må rettes.*(Fyll ut feltet\. ){4}(Fyll ut tittel og alle tre steg for prøvesak 2.+?){3}Prøvesak 1/,
    );
    expect(html).toContain('value="Bare en tittel"');
    expect(sqlRows(server.databasePath, "SELECT id FROM calibration_rounds")).toEqual([]);
  });

  it("opens with two samples, audited, and the jury's dashboard says calibration comes first", async () => {
    const opened = await chairPost({ intent: "open", ...sampleFields(1, SAMPLE_ONE), ...sampleFields(2, SAMPLE_TWO) });
    expect(opened.status).toBe(302);
    const page = await pageText(await scored.chair.get(calibrationPath));
    expect(page).toContain("Kalibreringsrunden er åpen.");
    expect(page).toContain(
      "Prøvesakene vurderes med konkurransens standardvekter: Steg 1: Serviceløftet (vekt 30 %), Steg 2: Forankring (vekt 30 %), Steg 3: Realisering (vekt 40 %).",
    );
    expect(page).toContain("Ikke levert ennå (3): Jurymedlem Én, Jurymedlem To, Jurymedlem Tre.");
    expect(
      sqlRows(server.databasePath, "SELECT action FROM audit_log WHERE action LIKE 'calibration.%' ORDER BY id"),
    ).toEqual([{ action: "calibration.opened" }]);
    // A second round is refused.
    const again = await chairPost({ intent: "open", ...sampleFields(1, "Enda en") });
    expect(again.status).toBe(409);

    const dashboard = await juror(2).get("/jury");
    const html = await dashboard.text();
    expect(await pageText(new Response(html))).toContain("Kalibrering først");
    const ids = sampleIds();
    expect(html).toContain(`href="/jury/calibration/${ids[SAMPLE_ONE]}"`);
    expect(html).toContain(`href="/jury/calibration/${ids[SAMPLE_TWO]}"`);
  });

  it("holds a juror's real sheets back with a 409 that links to the calibration", async () => {
    const refused = await saveRealDraft(juror(2));
    expect(refused.status).toBe(409);
    const html = await refused.text();
    expect(await pageText(new Response(html))).toContain("Kalibreringen kommer først");
    expect(html).toContain(`href="/jury/calibration/${sampleIds()[SAMPLE_ONE]}"`);
    const sheetPage = await (await juror(2).get(`/jury/cases/${scored.cases.hav.caseId}`)).text();
    expect(sheetPage).toContain('data-testid="calibration-first"');
    expect(sheetPage).not.toContain('id="score-sheet"');
    expect(
      sqlRows(
        server.databasePath,
        "SELECT s.id FROM score_sheets s JOIN assignments a ON a.id = s.assignment_id WHERE a.case_id = ? AND s.status = 'draft'",
        scored.cases.hav.caseId,
      ),
    ).toEqual([]);
  });

  it("refuses malformed and off-scale sample sheets with messages", async () => {
    const id = sampleIds()[SAMPLE_ONE]!;
    const malformed = await juror(0).post(`/jury/calibration/${id}`, { intent: "finalise", scorePromise: "sju" });
    expect(malformed.status).toBe(400);
    const offScale = await submitSample(juror(0), id, [11, 5, 5]);
    expect(offScale.status).toBe(400);
    const text = await pageText(offScale);
    expect(text).toMatch(/1.+10/);
    expect((await juror(0).post("/jury/calibration/99999", { intent: "save-draft" })).status).toBe(404);
  });

  it("takes a submitted sample sheet once, for good, and freezes the samples' text", async () => {
    const id = sampleIds()[SAMPLE_ONE]!;
    expect((await submitSample(juror(0), id, [8, 8, 8])).status).toBe(302);
    const again = await submitSample(juror(0), id, [2, 2, 2]);
    expect(again.status).toBe(409);
    expect(await pageText(again)).toContain(
      "Du har allerede levert skjemaet for denne prøvesaken. Det kan ikke endres.",
    );
    expect(
      sqlRows(server.databasePath, "SELECT score_promise FROM calibration_sheets WHERE sample_id = ?", id),
    ).toEqual([{ score_promise: 8 }]);
    const first = await pageText(await juror(0).get(`/jury/calibration/${id}`));
    expect(first).toContain("Du har levert skjemaet for denne prøvesaken. Det kan ikke endres.");
    expect(first).toContain("Ingen andre har levert skjema for denne prøvesaken ennå.");

    const edit = await chairPost({ intent: "save-samples", ...sampleFields(1, "Ny tittel") });
    expect(edit.status).toBe(409);
    expect(await pageText(edit)).toContain("Prøvesakene kan ikke endres lenger");
  });

  it("lets the real sheet be saved once both samples are in, not before", async () => {
    const ids = sampleIds();
    expect((await submitSample(juror(1), ids[SAMPLE_ONE]!, [7, 7, 6])).status).toBe(302);
    expect((await submitSample(juror(2), ids[SAMPLE_ONE]!, [4, 4, 4])).status).toBe(302);
    expect((await saveRealDraft(juror(2))).status).toBe(409);
    expect((await submitSample(juror(2), ids[SAMPLE_TWO]!, [6, 6, 6])).status).toBe(302);
    expect((await saveRealDraft(juror(2))).status).toBe(302);
    expect(await pageText(await juror(2).get("/jury"))).toContain("Du har levert prøvesakene i kalibreringen");
    // Juror Én has one sample left, and still waits.
    expect((await juror(0).post(`/jury/cases/${scored.cases.hav.caseId}`, { intent: "reopen" })).status).toBe(409);
  });

  it("shows the juror how they compare, with counts only and no other juror's name", async () => {
    const response = await juror(2).get(`/jury/calibration/${sampleIds()[SAMPLE_ONE]}`);
    const html = await response.text();
    const text = await pageText(new Response(html));
    // Own 4 against the others' totals 8 and 6.6: median 7.3, range 6.6–8.
    expect(text).toContain("Sammenlignet med 2 andre leverte skjemaer så langt.");
    expect(text).toMatch(/Vektet sum\s*4,00\s*7,30\s*6,60–8,00/);
    expect(text).toContain(
      "Summen din er 3,30 poeng under de andres median: du vurderer denne saken strengere enn resten av juryen.",
    );
    expect(html).not.toMatch(/Jurymedlem (Én|To)/);
    // What the juror wrote is in their personal data download.
    const own = (await (await juror(2).get("/profile/data.json")).json()) as {
      calibrationSheets: { sample: string; scorePromise: number }[];
    };
    expect(own.calibrationSheets.map((sheet) => [sheet.sample, sheet.scorePromise])).toEqual([
      [SAMPLE_ONE, 4],
      [SAMPLE_TWO, 6],
    ]);
    // The others' comments stay theirs: only Tre's own (4, 4, 4) is on the page.
    expect(html.match(/Prøvevurdering \d+-\d+/g)?.every((comment) => comment.endsWith("-444"))).toBe(true);
  });

  it("shows the chair every juror's sample sheet by name, the spread and who is missing", async () => {
    const page = await pageText(await scored.chair.get(`${calibrationPath}&sort=total&dir=desc`));
    // Each against the other two's median: Én 8 against 5.3, To 6.6 against 6, Tre 4 against 7.3.
    expect(page).toMatch(/Jurymedlem Én\s*8,00\s*8,00\s*8,00\s*8,00\s*\+2,70\s*Mildere.*Jurymedlem To/s);
    expect(page).toMatch(/Jurymedlem To\s*7,00\s*7,00\s*6,00\s*6,60\s*\+0,60\s*På linje.*Jurymedlem Tre/s);
    expect(page).toMatch(/Jurymedlem Tre\s*4,00\s*4,00\s*4,00\s*4,00\s*[-−]3,30\s*Strengere/);
    expect(page).toContain("Spredning i summene: 4,00–8,00 (avstand 4,00).");
    expect(page).toContain("Ikke levert ennå (2): Jurymedlem Én, Jurymedlem To.");
    expect(page).toContain("Prøvesakene kan ikke endres lenger");
  });

  it("never lets a sample compete: not in the ranking, the exports, the case lists or the results", async () => {
    const samplesAbsent = async (response: Response) => {
      const body = await response.text();
      expect(body).not.toContain("Prøvesak");
      expect(body).not.toContain("Fjordbanken");
    };
    const id = scored.competitionId;
    await samplesAbsent(await scored.chair.get(`/chair/ranking?competition=${id}`));
    await samplesAbsent(await scored.chair.get(`/chair/ranking.csv?competition=${id}`));
    await samplesAbsent(await scored.chair.get(`/chair/score-sheets.csv?competition=${id}`));
    await samplesAbsent(await scored.chair.get(`/chair/cases?competition=${id}`));
    await samplesAbsent(await scored.cases.sol.entrant.get("/entrant"));
    await samplesAbsent(await juror(0).get("/jury/sheets"));
    expect(sqlRows(server.databasePath, "SELECT count(*) AS n FROM cases")).toEqual([{ n: 4 }]);

    expect((await scored.chair.post("/chair/jury", { competitionId: String(id), intent: "lock" })).status).toBe(302);
    // Locked scoring: the round can no longer be changed or closed.
    const close = await chairPost({ intent: "close" });
    expect(close.status).toBe(409);
    expect(await pageText(close)).toContain("Poenggivningen er låst");
    expect((await scored.publish({ intent: "prepare-finalists", finalistCount: "2" })).status).toBe(302);
    expect((await scored.publish({ intent: "publish-finalists" })).status).toBe(302);
    await samplesAbsent(await new HttpClient(server.baseUrl).get(`/results/${scored.year}`));
    await samplesAbsent(await new HttpClient(server.baseUrl).get(`/api/results/${scored.year}`));
  });
});

describe("closing a calibration round", () => {
  it("is the chair's for good: audited, refused a second time, and refused once the results are published", async () => {
    const { competitionId } = createOpenCompetition(server.databasePath, { year: 2035 });
    const path = `/chair/jury/calibration?competition=${competitionId}`;
    const post = (fields: Record<string, string>) =>
      scored.chair.post(path, { competitionId: String(competitionId), ...fields });
    expect((await post({ intent: "open", ...sampleFields(1, "Prøvesak Solo") })).status).toBe(302);
    expect((await post({ intent: "close" })).status).toBe(302);
    expect(await pageText(await scored.chair.get(path))).toMatch(/Kalibreringsrunden ble lukket/);
    expect((await post({ intent: "close" })).status).toBe(409);
    expect(
      sqlRows(
        server.databasePath,
        "SELECT action FROM audit_log WHERE action IN ('calibration.opened', 'calibration.closed') AND subject_id = ? ORDER BY id",
        String(competitionId),
      ),
    ).toEqual([{ action: "calibration.opened" }, { action: "calibration.closed" }]);
    // The first competition is published: its round stands as it is.
    const published = await chairPost({ intent: "close" });
    expect(published.status).toBe(409);
  });
});

function juror(index: number): HttpClient {
  return scored.jurors[index]!;
}
