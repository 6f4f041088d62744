import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setSubmissionDeadline, sqlRows } from "#tests/support/factories.ts";
import { HttpClient, pageText } from "#tests/support/http-client.ts";
import { createScoredCompetition } from "#tests/support/scored-competition.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// The confidence figures frozen with each published version (ADR 0029), and the chair's choice to
// show the jury's agreement publicly. Worked by hand from the scored competition (jurors Én, To,
// Tre; flat scores): Sol 9, 9, 8 · Fjell 7, 7, 7 · Bekk 5, 6, 5 · Hav 8, 8.
//   All four cases: n = 11, D_o sum 4, Σ pairs 2(11·587 − 79²) = 432, α = 1 − 10·4/432 = 0.9074.
//   Without Fjell (withdrawn): n = 8, Σ pairs 2(8·440 − 58²) = 312, α = 1 − 7·4/312 = 0.9103.

let server: TestServer;
let scored: Awaited<ReturnType<typeof createScoredCompetition>>;
let jurorIds: string[];
const visitor = () => new HttpClient(server.baseUrl);
const json = async (path: string) => (await (await visitor().get(path)).json()) as Record<string, unknown>;
const correct = (fields: Record<string, string>) =>
  scored.chair.post(`/chair/publish/correct?competition=${scored.competitionId}`, {
    competitionId: String(scored.competitionId),
    ...fields,
  });
const chairPage = async (query = "") =>
  pageText(await scored.chair.get(`/chair/publish?competition=${scored.competitionId}${query}`));

beforeAll(async () => {
  server = await startTestServer();
  scored = await createScoredCompetition(server);
  const { competitionId } = scored;
  setSubmissionDeadline(server.databasePath, competitionId, new Date(Date.now() - 60_000));
  await scored.lockScoring();
  jurorIds = sqlRows<{ id: string }>(server.databasePath, "SELECT id FROM users WHERE role = 'juror'").map(
    (row) => row.id,
  );
});

afterAll(async () => {
  await server?.stop();
});

describe("the jury's agreement on the public page", () => {
  it("refuses a box with anything but a tick, in the chair's language", async () => {
    const response = await scored.publish({ intent: "prepare-finalists", finalistCount: "2", showAgreement: "yes" });
    expect(response.status).toBe(400);
    expect(await pageText(response)).toContain("Boksen for jurysamstemmighet kan bare krysses av eller stå tom.");
  });

  it("is absent when the chair left the box unticked, though the figures are stored", async () => {
    expect((await scored.publish({ intent: "prepare-finalists", finalistCount: "2" })).status).toBe(302);
    expect((await scored.publish({ intent: "publish-finalists" })).status).toBe(302);
    const results = await json(`/api/results/${scored.year}`);
    expect(results).not.toHaveProperty("agreement");
    const page = await pageText(await visitor().get(`/results/${scored.year}`));
    expect(page).not.toContain("Juryens samstemmighet");
    expect(page).not.toContain("Krippendorff");

    const [row] = sqlRows<{ snapshot: string }>(
      server.databasePath,
      "SELECT snapshot FROM publications WHERE competition_id = ? AND stage = 'finalists'",
      scored.competitionId,
    );
    const snapshot = JSON.parse(row!.snapshot);
    expect(snapshot.showAgreement).toBe(false);
    expect(snapshot.confidence.agreement.total).toMatchObject({ alpha: 0.9074, units: 4, values: 11 });

    const chair = await chairPage();
    expect(chair).toContain("Tallene som er lagret med versjon 1");
    expect(chair).toContain("Jurysamstemmigheten vises ikke på den offentlige siden.");
    // The stored figures in the ranking page's words, the jurors named for the chair alone.
    expect(chair).toContain(
      "Store virksomheter: Krippendorffs alfa 0,90 over 3 saker med minst to skjemaer (9 skjemaer).",
    );
    expect(chair).toMatch(/Jurymedlem To\s*\+0,50\s*3/);
    expect(chair).toContain("Ingen enkelt jurymedlem endrer vinneren eller finalistene (de 2 beste).");
    expect(chair).toMatch(/Plass 1 og 2 \(KSA-\d+-\d+ og KSA-\d+-\d+\): avstanden 1,67 er større/);
    expect(chair).toContain("Ingen endring av ett stegs vekt med ±10 prosentpoeng endrer vinneren.");
  });

  it("appears after a correction that ticks it, figured over the cases that version still ranks", async () => {
    const response = await correct({
      reason: "Fjell er trukket, og juryens samstemmighet skal vises.",
      withdrawCaseId: String(scored.cases.fjell.caseId),
      showAgreement: "on",
    });
    expect(response.status).toBe(302);
    const results = await json(`/api/results/${scored.year}`);
    expect(results.version).toBe(2);
    expect(results.agreement).toEqual({
      alpha: 0.9103,
      reading: "good",
      cases: 3,
      sheets: 8,
      method: "krippendorff-alpha",
      metric: "interval",
      over: "weighted-totals",
    });
    const page = await pageText(await visitor().get(`/results/${scored.year}`));
    expect(page).toContain("Juryens samstemmighet");
    expect(page).toContain("Krippendorffs alfa: 0,91, over 3 saker med minst to juryskjemaer (8 skjemaer).");
    expect(page).toContain("God enighet (≥ 0,80)");
    expect(page).toContain("Metode: Krippendorffs alfa med intervallmetrikk");
    const reader = visitor();
    expect((await reader.post("/language", { locale: "en", redirectTo: `/results/${scored.year}` })).status).toBe(302);
    const english = await pageText(await reader.get(`/results/${scored.year}`));
    expect(english).toContain("Krippendorff's alpha: 0.91, over 3 cases with at least two jury sheets (8 sheets).");
  });

  it("keeps each version's stored figures readable: version 1 as it was, for the public and the chair", async () => {
    expect(await json(`/api/results/${scored.year}?version=1`)).not.toHaveProperty("agreement");
    expect(await pageText(await visitor().get(`/results/${scored.year}?version=1`))).not.toContain(
      "Juryens samstemmighet",
    );
    const current = await chairPage();
    expect(current).toContain("Tallene som er lagret med versjon 2");
    expect(current).toContain("Jurysamstemmigheten vises på den offentlige siden.");
    const first = await chairPage("&figures-finalists=1");
    expect(first).toContain("Tallene som er lagret med versjon 1");
    expect(first).toContain("Jurysamstemmigheten vises ikke på den offentlige siden.");
    // Fjell still counts in version 1's figures: four cases over the whole round.
    expect(first).toContain("Hele konkurransen: Krippendorffs alfa 0,91 over 4 saker (11 skjemaer).");
    // A version that does not exist, or nonsense, shows the current one.
    expect(await chairPage("&figures-finalists=9")).toContain("Tallene som er lagret med versjon 2");
    expect(await chairPage("&figures-finalists=abc")).toContain("Tallene som er lagret med versjon 2");
    const history = await pageText(
      await scored.chair.get(`/chair/publish/correct?competition=${scored.competitionId}`),
    );
    expect(history).toContain("Tallene i versjon 1");
    expect(history).toContain("Tallene i versjon 2");
  });

  it("is the winners' own choice, and never names or identifies a juror publicly", async () => {
    const { categoryIds } = scored;
    const prepared = await scored.publish({
      intent: "prepare-winners",
      showAgreement: "on",
      [`reasoning-${categoryIds[0]}`]: "Sol svarer alltid, og raskt.",
      [`reasoning-${categoryIds[1]}`]: "Ingen kø, ingen unntak.",
    });
    expect(prepared.status).toBe(302);
    // The chair's preview of the public page shows the block the public will see.
    const preview = await (await scored.chair.get(`/chair/publish?competition=${scored.competitionId}`)).text();
    expect(/data-testid="preview-winners"[\s\S]*?data-testid="public-agreement"/.test(preview)).toBe(true);
    expect((await scored.publish({ intent: "publish-winners" })).status).toBe(302);
    const response = await visitor().get(`/api/results/${scored.year}`);
    const text = await response.text();
    const results = JSON.parse(text);
    expect(results.stage).toBe("winners");
    // The winners' snapshot ranks the round as it stands, Fjell included (the correction took it out
    // of the finalists, not of the ranking), and its figures are over the cases it ranks.
    expect(results.agreement.alpha).toBe(0.9074);
    const html = await (await visitor().get(`/results/${scored.year}`)).text();
    for (const body of [text, html]) {
      for (const id of jurorIds) expect(body).not.toContain(id);
      expect(body).not.toContain("Jurymedlem");
      expect(body).not.toContain("severity");
    }
  });

  it("shows the stored figures to the chair alone", async () => {
    const juror = scored.jurors[0]!;
    expect((await juror.get(`/chair/publish?competition=${scored.competitionId}&figures-finalists=1`)).status).toBe(
      403,
    );
    expect((await scored.cases.sol.entrant.get(`/chair/publish?competition=${scored.competitionId}`)).status).toBe(403);
  });
});
