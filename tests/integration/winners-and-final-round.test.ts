import { readFileSync } from "node:fs";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlRows } from "#tests/support/factories.ts";
import { HttpClient, pageText } from "#tests/support/http-client.ts";
import { createScoredCompetition, evenScores } from "#tests/support/scored-competition.ts";
import { remindJurors } from "#tests/support/reminders.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// Issue 15: the final round has its own deadline, progress and reminders, the juror dashboard says
// which round is open, each reasoning field names its winner, and the winner reads the reasoning.

let server: TestServer;
let scored: Awaited<ReturnType<typeof createScoredCompetition>>;

const DEADLINE_FIELD = "2099-06-01T12:00";
const DEADLINE_SHOWN = "1. juni 2099 kl. 12:00";
const REASONING = "Fjell holdt hvert løfte i finalen, og kundene merket det.";

/** The text of one element of a page, found by its test id (the first such element). */
async function section(response: Response, testId: string): Promise<string> {
  const html = await response.text();
  const start = html.indexOf(`data-testid="${testId}"`);
  expect(start, testId).toBeGreaterThan(-1);
  const tag = html.lastIndexOf("<", start);
  const name = /^<(\w+)/.exec(html.slice(tag))![1]!;
  // To the matching closing tag: elements of the same name may nest inside.
  const tags = new RegExp(`<${name}[\\s>]|</${name}>`, "g");
  tags.lastIndex = start;
  let depth = 1;
  let match: RegExpExecArray | null = null;
  while (depth > 0 && (match = tags.exec(html))) depth += match[0].startsWith("</") ? -1 : 1;
  return pageText(new Response(html.slice(tag, match ? match.index : html.length)));
}

const organisationOf = (caseId: number) =>
  sqlRows<{ name: string }>(
    server.databasePath,
    "SELECT o.name FROM organisations o JOIN cases c ON c.organisation_id = o.id WHERE c.id = ?",
    caseId,
  )[0]!.name;

beforeAll(async () => {
  server = await startTestServer();
  scored = await createScoredCompetition(server);
  const { publish, includeHav } = scored;
  await scored.lockScoring();
  expect((await publish({ intent: "prepare-finalists", finalistCount: "2", ...includeHav() })).status).toBe(302);
  expect((await publish({ intent: "publish-finalists" })).status).toBe(302);
});

afterAll(async () => {
  await server?.stop();
});

describe("the final round's deadline, progress and reminders", () => {
  it("tells the juror scoring is closed before the final round opens", async () => {
    const dashboard = await pageText(await scored.jurors[0]!.get("/jury"));
    expect(dashboard).toContain("Poenggivningen er stengt.");
    expect(dashboard).not.toContain("Finalerunden er åpen");
  });

  it("opens only with a deadline in the future, said on the deadline field", async () => {
    const missing = await scored.publish({ intent: "open-final-round" });
    expect(missing.status).toBe(400);
    const past = await scored.publish({ intent: "open-final-round", finalRoundDeadline: "2020-01-01T12:00" });
    expect(past.status).toBe(400);
    expect(await pageText(past)).toContain("Fristen for finalerunden må være fram i tid.");
    expect(sqlRows(server.databasePath, "SELECT 1 FROM competitions WHERE final_round_opened_at IS NOT NULL")).toEqual(
      [],
    );

    expect((await scored.publish({ intent: "open-final-round", finalRoundDeadline: DEADLINE_FIELD })).status).toBe(302);
  });

  it("shows the juror that the final round is open until its deadline, with a progress bar", async () => {
    const response = await scored.jurors[0]!.get("/jury");
    const text = await pageText(response.clone());
    expect(text).toContain(`Finalerunden er åpen til ${DEADLINE_SHOWN}.`);
    expect(text).not.toContain("Poenggivningen er stengt");
    // Sol, Fjell and Hav (first place in its category) are the finalists.
    expect(await section(response, "final-round-bar")).toContain("0 av 3 finalister vurdert");
  });

  it("shows the chair the deadline and the progress of the final round on both pages", async () => {
    const { chair, competitionId } = scored;
    const publishPage = await chair.get(`/chair/publish?competition=${competitionId}`);
    expect(await section(publishPage.clone(), "final-round-deadline")).toContain(
      `Frist for finalerunden: ${DEADLINE_SHOWN}.`,
    );
    expect(await section(publishPage, "final-round-bar")).toContain("0 av 9 finaleskjemaer ferdige");
    const juryPage = await chair.get(`/chair/jury?competition=${competitionId}`);
    expect(await section(juryPage.clone(), "final-round-deadline")).toContain(DEADLINE_SHOWN);
    expect(await section(juryPage, "final-round-bar")).toContain("0 av 9 finaleskjemaer ferdige");
  });

  it("reminds only the jurors behind in the final round, naming its deadline", async () => {
    const { sol, fjell, hav } = scored.cases;
    // Jurors Én and To finish the final round; Tre has not started.
    for (const [index, client] of scored.jurors.slice(0, 2).entries()) {
      for (const [caseId, score] of [
        [sol.caseId, 5],
        [fjell.caseId, 10],
        [hav.caseId, 8],
      ] as const) {
        const response = await client.post(`/jury/cases/${caseId}?round=final`, {
          intent: "finalise",
          ...evenScores(score, `Finale ${index + 1} om sak ${caseId}`),
        });
        expect(response.status).toBe(302);
      }
    }
    expect(await section(await scored.jurors[0]!.get("/jury"), "final-round-bar")).toContain(
      "3 av 3 finalister vurdert",
    );
    expect(
      await section(await scored.chair.get(`/chair/publish?competition=${scored.competitionId}`), "final-round-bar"),
    ).toContain("6 av 9 finaleskjemaer ferdige");

    const before = server.output().length;
    const reminded = await remindJurors(scored.chair, scored.competitionId, "final");
    expect(reminded.headers.get("location")).toContain("outcome=reminded&count=1&failed=0");
    const log = server.output().slice(before);
    expect(log.match(/Påminnelse: finalerunden venter/g)).toHaveLength(1);
    const mail = await simpleParser(readFileSync(/saved as (\S+\.eml)/.exec(log)![1]!));
    const behind = sqlRows<{ email: string }>(
      server.databasePath,
      "SELECT email FROM users WHERE name = 'Jurymedlem Tre'",
    )[0]!.email;
    expect([mail.to].flat().flatMap((to) => to?.value.map((value) => value.address))).toEqual([behind]);
    expect(mail.text).toContain(`Fristen for finalerunden er ${DEADLINE_SHOWN}`);
    expect(mail.text).toContain("0 av 3 finalister");
  });
});

describe("the winners and the jury's reasoning", () => {
  it("labels each reasoning field with the winner's title and company", async () => {
    expect((await scored.publish({ intent: "lock-final-round" })).status).toBe(302);
    const page = await pageText(await scored.chair.get(`/chair/publish?competition=${scored.competitionId}`));
    const [first, second] = sqlRows<{ name: string }>(
      server.databasePath,
      "SELECT name FROM categories WHERE competition_id = ? ORDER BY position",
      scored.competitionId,
    );
    // The final round decides: Fjell (10) beats Sol (5) there, though Sol led the main round.
    expect(page).toContain(
      `Juryens begrunnelse – ${first!.name}: «Fjell holder fristen», ${organisationOf(scored.cases.fjell.caseId)}`,
    );
    expect(page).toContain(
      `Juryens begrunnelse – ${second!.name}: «Hav har ingen kø», ${organisationOf(scored.cases.hav.caseId)}`,
    );
  });

  it("refuses a reasoning written beside another winner than the one that wins, and keeps it on the right case", async () => {
    const { sol, fjell, hav } = scored.cases;
    const [firstCategory, secondCategory] = scored.categoryIds;
    const fields = {
      intent: "prepare-winners",
      overrideReason: "Tre jurymedlemmer rakk to av tre finaleskjemaer.",
      [`reasoning-${firstCategory}`]: REASONING,
      [`reasoning-${secondCategory}`]: "Alene i klassen, og god nok til å vinne den.",
      [`shown-winners-${secondCategory}`]: String(hav.caseId),
    };
    const stale = await scored.publish({ ...fields, [`shown-winners-${firstCategory}`]: String(sol.caseId) });
    expect(stale.status).toBe(409);
    expect(await pageText(stale)).toContain("ikke lenger den som sto ved begrunnelsen");

    const prepared = await scored.publish({ ...fields, [`shown-winners-${firstCategory}`]: String(fjell.caseId) });
    expect(prepared.status).toBe(302);
    expect((await scored.publish({ intent: "share-on" })).status).toBe(302);
    expect((await scored.publish({ intent: "publish-winners" })).status).toBe(302);

    const publicPage = await pageText(await new HttpClient(server.baseUrl).get(`/results/${scored.year}`));
    expect(publicPage).toMatch(/Vinner .*Fjell holder fristen/);
    expect(publicPage).toContain(REASONING);
    // The figures frozen with the winners are the final round's, the round that decided them (ADR 0029).
    const [row] = sqlRows<{ snapshot: string }>(
      server.databasePath,
      "SELECT snapshot FROM publications WHERE stage = 'winners'",
    );
    const { confidence } = JSON.parse(row!.snapshot) as {
      confidence: { round: string; categories: { categoryId: number; winnerIds: number[] }[] };
    };
    expect(confidence.round).toBe("final");
    expect(confidence.categories.find((item) => item.categoryId === firstCategory)!.winnerIds).toEqual([fjell.caseId]);
  });

  it("shows the winning entrant the jury's reasoning and each round apart with its own means and comments", async () => {
    const { fjell, sol } = scored.cases;
    const response = await fjell.entrant.get(`/entrant/cases/${fjell.caseId}/result`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const page = () => new Response(html);
    expect(await section(page(), "reasoning")).toContain(REASONING);
    const main = await section(page(), "round-main");
    expect(main).toContain("Hovedrunden");
    expect(main).toContain("Snitt: 7,00");
    expect(main).toContain("Kommentar 1 om fjell");
    expect(main).not.toContain("Finale");
    const final = await section(page(), "round-final");
    expect(final).toContain("Finalerunden");
    expect(final).toContain("Snitt: 10,00");
    expect(final).toContain(`Finale 1 om sak ${fjell.caseId}`);
    expect(final).not.toContain("Kommentar 1 om fjell");

    // Sol led the main round but lost the final: no reasoning, its own means in each round.
    const solPage = await sol.entrant.get(`/entrant/cases/${sol.caseId}/result`);
    const solHtml = await solPage.text();
    expect(solHtml).not.toContain(REASONING);
    expect(await section(new Response(solHtml), "round-main")).toContain("Snitt: 8,67");
    expect(await section(new Response(solHtml), "round-final")).toContain("Snitt: 5,00");
  });
});
