// Issue 16, calibration: a juror sees their own sheets side by side, sortable by the address, and
// their totals against the rest of the jury's final sheets, never another juror's sheet or name.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenCompetition, createUser } from "#tests/support/factories.ts";
import { HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { createScoredCompetition } from "#tests/support/scored-competition.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
let scored: Awaited<ReturnType<typeof createScoredCompetition>>;
let juror: HttpClient;

/** The case titles of the table's rows, top to bottom. */
const rowTitles = (html: string) =>
  [...html.matchAll(/data-testid="own-sheet".*?<\/a> (?:<!-- -->)?([^<]+)/gs)].map((match) => match[1]!.trim());

beforeAll(async () => {
  server = await startTestServer();
  // Juror Tre finalised Sol 8, Fjell 7, Bekk 5 and has no sheet on Hav; the others have all four.
  scored = await createScoredCompetition(server);
  juror = scored.jurors[2]!;
  const draft = await juror.post(`/jury/cases/${scored.cases.hav.caseId}`, {
    intent: "save-draft",
    scorePromise: "4",
    scoreAnchoring: "4",
    scoreRealisation: "4",
    overallComment: "Usikker ennå",
  });
  expect(draft.status).toBe(302);
});

afterAll(async () => {
  await server?.stop();
});

describe("a juror's own sheets side by side", () => {
  it("lists only the juror's own sheets, drafts with finals, with scores, totals and companies", async () => {
    const response = await juror.get("/jury/sheets");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(rowTitles(html)).toEqual([
      "Sol svarer alltid",
      "Fjell holder fristen",
      "Bekk ringer tilbake",
      "Hav har ingen kø",
    ]);
    const text = await pageText(new Response(html));
    expect(text).toContain("Skjemaene dine (4)");
    expect(text).toMatch(/Hav har ingen kø.*4,00\s*4,00\s*4,00\s*4,00\s*Utkast/s);
    expect(text).toMatch(/Sol svarer alltid.*8,00\s*8,00\s*8,00\s*8,00\s*Ferdig/s);
    expect(text).toContain("Bedrift for «Sol svarer alltid»");
    // Nothing of the other jurors' sheets: no names, no comments.
    expect(text).not.toMatch(/Jurymedlem (Én|To)|Kommentar [12]/);
    // The dashboard leads here, and so does a sheet not yet final (not a final one: nothing to weigh).
    expect(await (await juror.get("/jury")).text()).toContain('href="/jury/sheets"');
    expect(await (await juror.get(`/jury/cases/${scored.cases.hav.caseId}`)).text()).toContain('href="/jury/sheets"');
    expect(await (await juror.get(`/jury/cases/${scored.cases.sol.caseId}`)).text()).not.toContain(
      'href="/jury/sheets"',
    );
  });

  it("sorts by each column through the address, and takes nonsense as the case order", async () => {
    expect(rowTitles(await (await juror.get("/jury/sheets?sort=total&dir=desc")).text())).toEqual([
      "Sol svarer alltid",
      "Fjell holder fristen",
      "Bekk ringer tilbake",
      "Hav har ingen kø",
    ]);
    const ascending = await (await juror.get("/jury/sheets?sort=total&dir=asc")).text();
    expect(rowTitles(ascending)).toEqual([
      "Hav har ingen kø",
      "Bekk ringer tilbake",
      "Fjell holder fristen",
      "Sol svarer alltid",
    ]);
    expect(ascending).toContain('aria-sort="ascending"');
    expect(rowTitles(await (await juror.get("/jury/sheets?sort=status&dir=desc")).text())[3]).toBe("Hav har ingen kø");
    // «Små og mellomstore virksomheter» (Hav) before «Store virksomheter», then the other way round.
    expect(rowTitles(await (await juror.get("/jury/sheets?sort=category&dir=asc")).text())[0]).toBe("Hav har ingen kø");
    expect(rowTitles(await (await juror.get("/jury/sheets?sort=category&dir=desc")).text())[3]).toBe(
      "Hav har ingen kø",
    );
    const junk = await juror.get("/jury/sheets?sort=drop%20table&dir=sideways");
    expect(junk.status).toBe(200);
    expect(rowTitles(await junk.text())[0]).toBe("Sol svarer alltid");
  });

  it("shows the juror's totals against the rest of the jury's final sheets, as counts only", async () => {
    const text = await pageText(await juror.get("/jury/sheets"));
    // Own: 8, 7, 5 and the draft's 4 (mean 6). The others' final sheets: 9, 7, 5, 8 and 9, 7, 6, 8.
    expect(text).toContain("Dine summer: 4 skjemaer, snitt 6,00. Resten av juryen: 8 skjemaer, snitt 7,38.");
  });

  it("never names the company under blind judging", async () => {
    const blindOn = await scored.chair.post("/chair/jury", {
      competitionId: String(scored.competitionId),
      intent: "blind-on",
    });
    expect(blindOn.status).toBe(302);
    const text = await pageText(await juror.get("/jury/sheets"));
    expect(text).toContain("Blind vurdering: selskapene vises ikke.");
    expect(text).toContain("Sol svarer alltid");
    expect(text).not.toContain("Bedrift for");
  });

  it("is the juror's own: others are refused, another competition is not found", async () => {
    expect((await scored.chair.get("/jury/sheets")).status).toBe(403);
    expect((await scored.cases.sol.entrant.get("/jury/sheets")).status).toBe(403);
    const anonymous = await new HttpClient(server.baseUrl).get("/jury/sheets");
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toContain("/login");

    const { competitionId: elsewhere } = createOpenCompetition(server.databasePath, { year: 2031 });
    expect((await juror.get(`/jury/sheets?competition=${elsewhere}`)).status).toBe(404);
    expect((await juror.get("/jury/sheets?competition=abc")).status).toBe(404);

    const newcomer = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "juror" }));
    const empty = await newcomer.get("/jury/sheets");
    expect(empty.status).toBe(200);
    expect(await pageText(empty)).toContain("Du har ingen saker å vurdere.");
  });
});
