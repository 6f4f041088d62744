import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageText } from "#tests/support/http-client.ts";
import { createScoredCompetition } from "#tests/support/scored-competition.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// "Hvor sikker er rangeringen?" on the chair's ranking page, with the figures worked out by hand
// from the scored competition's sheets (jurors Én, To, Tre in that order, flat scores):
//   first category: Sol 9, 9, 8 · Fjell 7, 7, 7 · Bekk 5, 6, 5; second: Hav 8, 8 (minimum 3).
// Alpha, first category: n = 9; D_o sum = 2 + 0 + 2 = 4; Σ over all pairs = 2(9·459 − 63²) = 324;
//   α = 1 − 8·4/324 = 0.901. Whole round adds Hav (8, 8): α = 1 − 10·4/(2(11·587 − 79²)) = 0.907.
// Severity: Én (0.5 + 0 − 0.5)/3 = 0; To (0.5 + 0 + 1)/3 = +0.5; Tre (−1 + 0 − 0.5)/3 = −0.5; none
// flagged (Tre's limit is max(0.9, 2 · SD(0, 0.5) = 0.5) = 0.9).
// Sol: mean 8.667, SE 1/3, t(2) 4.303 → 7.23–10.10; gap to Fjell 1.67 > √(1/9 + 0) = 0.33.

let server: TestServer;
let scored: Awaited<ReturnType<typeof createScoredCompetition>>;

beforeAll(async () => {
  server = await startTestServer();
  scored = await createScoredCompetition(server);
});

afterAll(async () => {
  await server?.stop();
});

const pathOf = (categoryId: number) => `/chair/ranking?competition=${scored.competitionId}&category=${categoryId}`;

describe("how sure the ranking is, on the chair's ranking page", () => {
  it("shows agreement, severity, stability, intervals, margins and weights for the category", async () => {
    const response = await scored.chair.get(pathOf(scored.categoryIds[0]));
    expect(response.status).toBe(200);
    const html = await response.text();
    const page = await pageText(new Response(html));
    expect(page).toContain("Hvor sikker er rangeringen?");
    expect(page).toMatch(/Krippendorffs alfa 0,90 over 3 saker med minst to skjemaer \(9 skjemaer\)\./);
    expect(page).toContain("Hele konkurransen: Krippendorffs alfa 0,91 over 4 saker (11 skjemaer).");
    expect(page).toContain("God enighet (≥ 0,80)");
    expect(page).toMatch(/Jurymedlem To\s*\+0,50\s*3/);
    expect(page).toMatch(/Jurymedlem Tre\s*[−-]0,50\s*3/);
    // Over the whole round Hav (8, 8) adds a case to Én and To: To (0.5 + 0 + 1 + 0)/4 = +0.375.
    expect(page).toMatch(/Strenghet over hele konkurransen .*Jurymedlem To\s*\+0,38\s*4/);
    expect(page).not.toContain("Langt fra resten");
    expect(page).toContain("Ingen enkelt jurymedlem endrer vinneren eller finalistene (de 3 beste).");
    expect(page).toContain("(3 prøvd)");
    expect(page).toContain("7,23–10,10");
    expect(page).toMatch(
      /Plass 1 og 2 \(KSA-\d+-\d+ og KSA-\d+-\d+\): avstanden 1,67 er større enn den samlede usikkerheten 0,33\./,
    );
    expect(page).toContain("Ingen endring av ett stegs vekt med ±10 prosentpoeng endrer vinneren.");
    // No case is short of sheets here, so no list of them is shown (ADR 0030).
    expect(page).not.toContain("Saker med for få skjemaer");
    // The interval chart is an image with a text alternative, and its figures are in a table.
    expect(html).toMatch(/<svg role="img" aria-label="Diagram: hver sak på denne siden/);
    expect(html).toContain('data-testid="confidence-intervals"');
  });

  it("lists a case short of sheets apart, once, with the place it would take", async () => {
    const response = await scored.chair.get(pathOf(scored.categoryIds[1]));
    const html = await response.text();
    const page = await pageText(new Response(html));
    expect(page).toMatch(/KSA-\d+-\d+ Hav har ingen kø\s*Ville stått som nr\. 1 i [^·]+· 2 av 3 skjemaer/);
    expect(html.match(/data-testid="short-of-sheets"/g)).toHaveLength(1);
    expect(page).toContain("for lite data til å måle enighet");
  });

  it("answers 403 to a juror and an entrant", async () => {
    expect((await scored.jurors[0]!.get(pathOf(scored.categoryIds[0]))).status).toBe(403);
    expect((await scored.cases.sol.entrant.get(pathOf(scored.categoryIds[0]))).status).toBe(403);
  });
});
