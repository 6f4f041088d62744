import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditActions, createUser, setSubmissionDeadline, sqlRows, sqlRun } from "#tests/support/factories.ts";
import { HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { createScoredCompetition } from "#tests/support/scored-competition.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// A mistake found after publishing is corrected in the open (ADR 0028): a new version with a
// public reason, the earlier version still readable, the published snapshot never touched.

let server: TestServer;
let scored: Awaited<ReturnType<typeof createScoredCompetition>>;
const visitor = () => new HttpClient(server.baseUrl);
const revalidate = (path: string, ifNoneMatch: string) =>
  fetch(`${server.baseUrl}${path}`, { headers: { "If-None-Match": ifNoneMatch } });
const correct = (fields: Record<string, string>, client = scored.chair) =>
  client.post(`/chair/publish/correct?competition=${scored.competitionId}`, {
    competitionId: String(scored.competitionId),
    ...fields,
  });
type PublicationRow = { id: number; stage: string; snapshot: string; snapshot_hash: string; published_at: number };
/** The titles of a JSON list of cases, sorted (the public lists go by company name). */
const titles = (items: unknown) => (items as { title: string }[]).map((item) => item.title).sort();
const publicationRows = () =>
  sqlRows<PublicationRow>(
    server.databasePath,
    "SELECT id, stage, snapshot, snapshot_hash, published_at FROM publications WHERE competition_id = ? ORDER BY id",
    scored.competitionId,
  );

beforeAll(async () => {
  server = await startTestServer();
  scored = await createScoredCompetition(server);
  const { competitionId } = scored;
  setSubmissionDeadline(server.databasePath, competitionId, new Date(Date.now() - 60_000));
  await scored.lockScoring();
});

afterAll(async () => {
  await server?.stop();
});

describe("a correction before anything is published", () => {
  it("is refused: there is nothing to correct", async () => {
    const page = await scored.chair.get(`/chair/publish/correct?competition=${scored.competitionId}`);
    expect(page.status).toBe(200);
    expect(await pageText(page)).toContain("Ingenting er publisert ennå, så det er ingenting å rette.");
    const response = await correct({ reason: "For tidlig." });
    expect(response.status).toBe(409);
    expect(await pageText(response)).toContain("Ingenting er publisert ennå");
  });
});

describe("a correction of the published winners", () => {
  let originalTag: string;
  let before: PublicationRow[];
  let publishedFinalists: PublicationRow;

  beforeAll(async () => {
    const { publish, categoryIds, includeHav } = scored;
    const override = includeHav();
    expect((await publish({ intent: "prepare-finalists", finalistCount: "2", ...override })).status).toBe(302);
    expect((await publish({ intent: "publish-finalists" })).status).toBe(302);
    publishedFinalists = publicationRows()[0]!;
    // Found before the winners: Fjell broke the rules. Bekk, third, moves into the finalists.
    const finalists = await correct({
      reason: "Fjell er trukket fra konkurransen.",
      withdrawCaseId: String(scored.cases.fjell.caseId),
    });
    expect(finalists.status).toBe(302);
    const corrected = await (await visitor().get(`/api/results/${scored.year}`)).json();
    expect(corrected.stage).toBe("finalists");
    expect(corrected.version).toBe(2);
    expect(titles(corrected.categories[0].finalists)).toEqual(["Bekk ringer tilbake", "Sol svarer alltid"]);
    expect(
      titles((await (await visitor().get(`/api/results/${scored.year}?version=1`)).json()).categories[0].finalists),
    ).toEqual(["Fjell holder fristen", "Sol svarer alltid"]);
    expect(
      (
        await publish({
          intent: "prepare-winners",
          ...override,
          [`reasoning-${categoryIds[0]}`]: "Sol svarer alltid, og raskt.",
          [`reasoning-${categoryIds[1]}`]: "Ingen kø, ingen unntak.",
        })
      ).status,
    ).toBe(302);
    expect((await publish({ intent: "publish-winners" })).status).toBe(302);
    const response = await visitor().get(`/api/results/${scored.year}`);
    originalTag = response.headers.get("etag")!;
    const published = await response.json();
    // The winners are chosen from the corrected finalists, and the finalists' correction stays in view.
    expect(titles(published.categories[0].finalists)).toEqual(["Bekk ringer tilbake", "Sol svarer alltid"]);
    expect(published.corrections).toEqual([
      { stage: "finalists", version: 2, at: expect.any(String), reason: "Fjell er trukket fra konkurransen." },
    ]);
    before = publicationRows();
    expect(before).toHaveLength(2);
  });

  it("is refused to a juror and an entrant, and without a reason", async () => {
    const juror = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "juror" }));
    expect((await correct({ reason: "Jeg vil." }, juror)).status).toBe(403);
    expect((await correct({ reason: "Jeg vil." }, scored.cases.bekk.entrant)).status).toBe(403);
    expect((await juror.get(`/chair/publish/correct?competition=${scored.competitionId}`)).status).toBe(403);
    const empty = await correct({ reason: "   ", [`reasoning-${scored.categoryIds[1]}`]: "Ny tekst." });
    expect(empty.status).toBe(400);
    expect(await pageText(empty)).toContain("Skriv hvorfor resultatet rettes.");
    const nothing = await correct({ reason: "Ingen endring." });
    expect(nothing.status).toBe(400);
    expect(await pageText(nothing)).toContain("Rettelsen endrer ingenting.");
    const { version } = (await (await visitor().get(`/api/results/${scored.year}`)).json()) as { version: number };
    expect(version).toBe(1);
  });

  it("amends the jury's reasoning as version 2, with the note on the page and in the JSON", async () => {
    const response = await correct({
      reason: "Skrivefeil i juryens begrunnelse.",
      [`reasoning-${scored.categoryIds[0]}`]: "Sol svarer alltid, og raskt.",
      [`reasoning-${scored.categoryIds[1]}`]: "Ingen kø og ingen unntak.",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toContain("corrected=2");

    const json = await (await visitor().get(`/api/results/${scored.year}`)).json();
    expect(json.version).toBe(2);
    expect(json.currentVersion).toBe(2);
    expect(json.categories[1].reasoning).toBe("Ingen kø og ingen unntak.");
    expect(json.corrections).toEqual([
      { stage: "finalists", version: 2, at: expect.any(String), reason: "Fjell er trukket fra konkurransen." },
      {
        stage: "winners",
        version: 2,
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        reason: "Skrivefeil i juryens begrunnelse.",
      },
    ]);
    const page = await pageText(await visitor().get(`/results/${scored.year}`));
    expect(page).toContain("Ingen kø og ingen unntak.");
    expect(page).toMatch(/Vinnere rettet .+: Skrivefeil i juryens begrunnelse\./);
    expect(page).toMatch(/Finalister rettet .+: Fjell er trukket fra konkurransen\./);
    expect(page).toContain("Versjon 1 – publisert");
    expect(auditActions(server.databasePath, "competition", scored.competitionId)).toContain("publication.corrected");
  });

  it("keeps version 1 readable, on the page and in the JSON, with its own ETag", async () => {
    const old = await visitor().get(`/api/results/${scored.year}?version=1`);
    expect(old.status).toBe(200);
    const json = await old.json();
    expect(json.version).toBe(1);
    expect(json.currentVersion).toBe(2);
    expect(json.categories[1].reasoning).toBe("Ingen kø, ingen unntak.");
    // The version shown is what was published then: the same tag as before the correction.
    expect(old.headers.get("etag")).toBe(originalTag);
    expect((await revalidate(`/api/results/${scored.year}?version=1`, originalTag)).status).toBe(304);
    // The current version is news to a client holding the original.
    const current = await revalidate(`/api/results/${scored.year}`, originalTag);
    expect(current.status).toBe(200);
    expect(current.headers.get("etag")).not.toBe(originalTag);

    const page = await pageText(await visitor().get(`/results/${scored.year}?version=1`));
    expect(page).toContain("Eldre versjon (1). Gjeldende er versjon 2.");
    expect(page).toContain("Ingen kø, ingen unntak.");
    expect((await visitor().get(`/results/${scored.year}?version=9`)).status).toBe(404);
    expect((await visitor().get(`/api/results/${scored.year}?version=9`)).status).toBe(404);
    // Nonsense reads as the current version.
    expect((await (await visitor().get(`/api/results/${scored.year}?version=abc`)).json()).version).toBe(2);
  });

  it("withdraws a winner so the other finalist wins, and asks for the new winner's reasoning", async () => {
    const sol = String(scored.cases.sol.caseId);
    const missing = await correct({ reason: "Sol er diskvalifisert.", withdrawCaseId: sol });
    expect(missing.status).toBe(400);
    expect(await pageText(missing)).toContain("Vinneren i");
    const notPlaced = await correct({ reason: "Fjell igjen.", withdrawCaseId: String(scored.cases.fjell.caseId) });
    expect(notPlaced.status).toBe(400);
    expect(await pageText(notPlaced)).toContain("Bare en finalist eller vinner kan trekkes.");

    const response = await correct({
      reason: "Sol er diskvalifisert etter brudd på reglene.",
      withdrawCaseId: sol,
      [`reasoning-${scored.categoryIds[0]}`]: "Bekk ringer tilbake, hver gang.",
    });
    expect(response.status).toBe(302);
    const json = await (await visitor().get(`/api/results/${scored.year}`)).json();
    expect(json.version).toBe(3);
    expect(titles(json.categories[0].winners)).toEqual(["Bekk ringer tilbake"]);
    expect(titles(json.categories[0].finalists)).toEqual(["Bekk ringer tilbake"]);
    expect(json.categories[0].reasoning).toBe("Bekk ringer tilbake, hver gang.");
    const notes = json.corrections.map((note: { stage: string; version: number }) => `${note.stage} ${note.version}`);
    expect(notes).toEqual(["finalists 2", "winners 2", "winners 3"]);
    // Version 1 still names the original winner.
    const first = await (await visitor().get(`/api/results/${scored.year}?version=1`)).json();
    expect(titles(first.categories[0].winners)).toEqual(["Sol svarer alltid"]);
    const page = await pageText(await visitor().get(`/results/${scored.year}`));
    expect(page).toContain("Sol er diskvalifisert etter brudd på reglene.");
    expect(page).not.toContain("Sol svarer alltid");
  });

  it("never updates the published rows, and the stored versions refuse any change", () => {
    expect(publicationRows()).toEqual(before);
    expect(before[0]).toEqual(publishedFinalists);
    const versions = sqlRows<{ version: number; reason: string; corrected_by_id: string | null }>(
      server.databasePath,
      "SELECT version, reason, corrected_by_id FROM publication_corrections WHERE publication_id = ? ORDER BY version",
      before[1]!.id,
    );
    expect(versions.map((row) => row.version)).toEqual([2, 3]);
    expect(versions.every((row) => row.corrected_by_id !== null)).toBe(true);
    expect(() =>
      sqlRun(server.databasePath, "UPDATE publication_corrections SET reason = 'stille endring' WHERE version = 2"),
    ).toThrow(/immutable/);
    expect(() => sqlRun(server.databasePath, "DELETE FROM publication_corrections")).toThrow(/immutable/);
  });

  it("shows the chair every version on the correction page", async () => {
    const page = await pageText(await scored.chair.get(`/chair/publish/correct?competition=${scored.competitionId}`));
    expect(page).toContain("Trinn 2: Vinnere");
    expect(page).toMatch(/Versjon 3 – rettet .+: Sol er diskvalifisert etter brudd på reglene\./);
    expect(page).toMatch(/Versjon 2 – rettet .+: Skrivefeil i juryens begrunnelse\./);
    expect(await pageText(await scored.chair.get(`/chair/publish?competition=${scored.competitionId}`))).toContain(
      "Rett et publisert resultat",
    );
  });
});
