import { expect } from "vitest";
import { assignConfirmed, createOpenCompetition, createSubmittedCase, createUser, sqlRows } from "./factories.ts";
import { loggedIn, type HttpClient } from "./http-client.ts";
import type { TestServer } from "./test-server.ts";

/** A sheet with the same score on every step, so its weighted total is that score. */
export const evenScores = (value: number, comment: string) => ({
  scorePromise: String(value),
  scoreAnchoring: String(value),
  scoreRealisation: String(value),
  commentRealisation: comment,
  overallComment: `Samlet: ${comment}`,
});

/**
 * A competition scored through the jurors' own form: in the first category Sol (9, 9, 8), Fjell
 * (7, 7, 7) and Bekk (5, 6, 5); in the second Hav with only two sheets (8, 8), one short of the
 * minimum. Every case has an entrant account; three jurors have every case. Its submission deadline
 * has passed (yesterday), as publishing needs.
 */
export async function createScoredCompetition(server: TestServer) {
  const chair = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "chair" }));
  const { competitionId, categoryIds } = createOpenCompetition(server.databasePath, { deadlineInDays: -1 });
  const year = sqlRows<{ year: number }>(
    server.databasePath,
    "SELECT year FROM competitions WHERE id = ?",
    competitionId,
  )[0]!.year;
  const plan = [
    { key: "sol", title: "Sol svarer alltid", category: categoryIds[0] },
    { key: "fjell", title: "Fjell holder fristen", category: categoryIds[0] },
    { key: "bekk", title: "Bekk ringer tilbake", category: categoryIds[0] },
    { key: "hav", title: "Hav har ingen kø", category: categoryIds[1] },
  ] as const;
  const cases = {} as Record<(typeof plan)[number]["key"], { caseId: number; entrant: HttpClient }>;
  for (const item of plan) {
    const { caseId, organisationId } = createSubmittedCase(server.databasePath, {
      competitionId,
      categoryId: item.category,
      title: item.title,
    });
    const entrant = await createUser(server.databasePath, {
      role: "entrant",
      organisationId,
      name: `Kontakt ${item.key}`,
    });
    cases[item.key] = { caseId, entrant: await loggedIn(server.baseUrl, entrant) };
  }
  const jurors: HttpClient[] = [];
  const jurorIds: string[] = [];
  for (const name of ["Jurymedlem Én", "Jurymedlem To", "Jurymedlem Tre"]) {
    const juror = await createUser(server.databasePath, { role: "juror", name });
    jurorIds.push(juror.id);
    for (const { caseId } of Object.values(cases)) assignConfirmed(server.databasePath, caseId, juror.id);
    jurors.push(await loggedIn(server.baseUrl, juror));
  }
  const given = { sol: [9, 9, 8], fjell: [7, 7, 7], bekk: [5, 6, 5], hav: [8, 8] };
  for (const [key, values] of Object.entries(given) as [keyof typeof given, number[]][]) {
    for (const [index, value] of values.entries()) {
      const response = await jurors[index]!.post(`/jury/cases/${cases[key].caseId}`, {
        intent: "finalise",
        ...evenScores(value, `Kommentar ${index + 1} om ${key}`),
      });
      expect(response.status).toBe(302);
    }
  }
  const publish = (fields: Record<string, string>) =>
    chair.post(`/chair/publish?competition=${competitionId}`, { competitionId: String(competitionId), ...fields });
  /** The finalists' form fields that let Hav, short of sheets, in by name with a reason (ADR 0030). */
  const includeHav = (reason = "Hav mangler ett skjema.") => ({
    [`include-${cases.hav.caseId}`]: "on",
    [`includeReason-${cases.hav.caseId}`]: reason,
  });
  /** Locks scoring, as the chair does before publishing. */
  const lockScoring = async () =>
    expect((await chair.post("/chair/jury", { competitionId: String(competitionId), intent: "lock" })).status).toBe(
      302,
    );
  return { chair, competitionId, categoryIds, year, cases, jurors, jurorIds, publish, includeHav, lockScoring };
}
