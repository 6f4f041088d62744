import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditActions, sqlRows } from "#tests/support/factories.ts";
import { HttpClient, pageText } from "#tests/support/http-client.ts";
import { createScoredCompetition, evenScores } from "#tests/support/scored-competition.ts";
import { previewReminder, remindJurors, reminderPage } from "#tests/support/reminders.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
let scored: Awaited<ReturnType<typeof createScoredCompetition>>;

const finalRanking = () =>
  new Map(
    sqlRows<{ case_id: number; rank: number | null; score: number | null }>(
      server.databasePath,
      "SELECT case_id, rank, score FROM ranking_entries WHERE competition_id = ? AND round = 'final'",
      scored.competitionId,
    ).map((row) => [row.case_id, row]),
  );

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

describe("a final round", () => {
  it("takes no main-round reminders once the finalists are published: not offered, and refused naming the publication", async () => {
    const jury = await pageText(await scored.chair.get(`/chair/jury?competition=${scored.competitionId}`));
    expect(jury).not.toContain("Forbered påminnelse til dem som henger etter");
    const page = await pageText(await reminderPage(scored.chair, scored.competitionId, "main"));
    expect(page).toContain("Runden er stengt, så juryen kan ikke få påminnelser om den.");
    const someone = sqlRows<{ id: string }>(server.databasePath, "SELECT id FROM users WHERE role = 'juror'")[0]!.id;
    const refused = await previewReminder(scored.chair, scored.competitionId, "main", [someone]);
    expect(refused.status).toBe(409);
    expect(await pageText(refused)).toMatch(
      /ble publisert .*; runden er avsluttet, og juryen får ingen påminnelser om den\./,
    );
    expect(sqlRows(server.databasePath, "SELECT id FROM reminders")).toEqual([]);
  });

  it("cannot be opened by a juror, and opens once for the chair", async () => {
    expect(
      (
        await scored.jurors[0]!.post("/chair/publish", {
          competitionId: String(scored.competitionId),
          intent: "open-final-round",
        })
      ).status,
    ).toBe(403);
    // The final round opens with its own deadline (issue 15).
    const opening = { intent: "open-final-round", finalRoundDeadline: "2099-06-01T12:00" };
    expect((await scored.publish(opening)).status).toBe(302);
    expect((await scored.publish(opening)).status).toBe(409);
    expect(auditActions(server.databasePath, "competition", scored.competitionId)).toContain("final-round.opened");
  });

  it("gives jurors fresh sheets for the finalists only, while the main round stays locked", async () => {
    const juror = scored.jurors[0]!;
    const { sol, fjell, bekk } = scored.cases;
    const dashboard = await juror.get("/jury");
    expect((await dashboard.text()).match(/data-testid="final-round-case"/g)).toHaveLength(3); // sol, fjell and hav

    const fresh = await pageText(await juror.get(`/jury/cases/${sol.caseId}?round=final`));
    expect(fresh).toContain("Finalerunde – nytt skjema for finalisten");
    expect(fresh).not.toContain("Kommentar 1 om sol");
    expect((await juror.get(`/jury/cases/${bekk.caseId}?round=final`)).status).toBe(404);
    expect(
      (
        await juror.post(`/jury/cases/${bekk.caseId}?round=final`, {
          intent: "finalise",
          ...evenScores(10, "Ikke finalist"),
        })
      ).status,
    ).toBe(404);
    // Issue 15: a main-round sheet stands once the finalists are published (409 naming the publication).
    expect((await juror.post(`/jury/cases/${sol.caseId}`, { intent: "reopen" })).status).toBe(409);

    for (const [index, client] of scored.jurors.entries()) {
      const toSol = await client.post(`/jury/cases/${sol.caseId}?round=final`, {
        intent: "finalise",
        ...evenScores(5, `Finale ${index} om sol`),
      });
      expect(toSol.status).toBe(302);
      expect(toSol.headers.get("location")).toBe(`/jury/cases/${sol.caseId}?round=final&saved=finalise`);
      expect(
        (
          await client.post(`/jury/cases/${fjell.caseId}?round=final`, {
            intent: "finalise",
            ...evenScores(10, `Finale ${index} om fjell`),
          })
        ).status,
      ).toBe(302);
    }
    expect(finalRanking().get(fjell.caseId)).toMatchObject({ rank: 1, score: 10 });
    expect(finalRanking().get(sol.caseId)).toMatchObject({ rank: 2, score: 5 });
    expect(finalRanking().has(bekk.caseId)).toBe(false);
    // The main round is untouched: Sol still leads it.
    expect(
      sqlRows<{ rank: number }>(
        server.databasePath,
        "SELECT rank FROM ranking_entries WHERE case_id = ? AND round = 'main'",
        sol.caseId,
      )[0]!.rank,
    ).toBe(1);
    expect(
      await pageText(await scored.chair.get(`/chair/ranking?competition=${scored.competitionId}&round=final`)),
    ).toMatch(/1 KSA-\d+-\d+ Fjell holder fristen/);
  });

  it("shows the chair each juror's final-round progress and reminds those who are behind", async () => {
    const overview = await pageText(await scored.chair.get(`/chair/jury?competition=${scored.competitionId}`));
    // Three finalists each (Sol, Fjell, Hav); Sol and Fjell are done.
    expect(overview).toMatch(/Finalerunden .*Jurymedlem Én 3 2 0 Henger etter/);
    const reminded = await remindJurors(scored.chair, scored.competitionId, "final");
    expect(reminded.headers.get("location")).toContain("outcome=reminded&count=3&failed=0");
    expect(server.output().match(/Påminnelse: finalerunden venter/g)).toHaveLength(3);
  });

  it("must be locked before the winners, and then its ranking decides them", async () => {
    const [firstCategory, secondCategory] = scored.categoryIds;
    const reasonings = {
      [`reasoning-${firstCategory}`]: "Finalerunden var tydelig.",
      [`reasoning-${secondCategory}`]: "Alene i klassen.",
      overrideReason: "Hav mangler skjemaer.",
    };
    const tooEarly = await scored.publish({ intent: "prepare-winners", ...reasonings });
    expect(tooEarly.status).toBe(403);
    expect(await pageText(tooEarly)).toContain("Lås finalerunden før vinnerne publiseres.");

    expect((await scored.publish({ intent: "lock-final-round" })).status).toBe(302);
    expect(
      (await scored.jurors[1]!.post(`/jury/cases/${scored.cases.fjell.caseId}?round=final`, { intent: "reopen" }))
        .status,
    ).toBe(403);
    expect((await scored.publish({ intent: "prepare-winners", ...reasonings })).status).toBe(302);
    expect((await scored.publish({ intent: "publish-winners" })).status).toBe(302);

    const results = await (await new HttpClient(server.baseUrl).get(`/api/results/${scored.year}`)).json();
    expect(results.categories[0].winners).toEqual([expect.objectContaining({ title: "Fjell holder fristen" })]);
    expect((await scored.publish({ intent: "unlock-final-round" })).status).toBe(409);
  });
});
