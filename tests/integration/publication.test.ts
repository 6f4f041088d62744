import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditActions, sqlRows, sqlRun } from "#tests/support/factories.ts";
import { HttpClient, pageText } from "#tests/support/http-client.ts";
import { createScoredCompetition } from "#tests/support/scored-competition.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
let scored: Awaited<ReturnType<typeof createScoredCompetition>>;
let chair: HttpClient;
let competitionId: number;
let year: number;
let cases: typeof scored.cases;
let jurors: HttpClient[];

const snapshotRow = (stage: string) =>
  sqlRows<{ id: number; snapshot: string; published_at: number | null; override_reason: string | null }>(
    server.databasePath,
    "SELECT id, snapshot, published_at, override_reason FROM publications WHERE competition_id = ? AND stage = ?",
    competitionId,
    stage,
  )[0];

const post = (fields: Record<string, string>) => scored.publish(fields);

beforeAll(async () => {
  server = await startTestServer();
  scored = await createScoredCompetition(server);
  ({ chair, competitionId, year, cases, jurors } = scored);
});

afterAll(async () => {
  await server?.stop();
});

describe("publishing the finalists", () => {
  it("refuses before scoring is locked", async () => {
    const response = await post({ intent: "prepare-finalists", finalistCount: "1" });
    expect(response.status).toBe(403);
    expect(await pageText(response)).toContain("Lås poenggivningen før du publiserer.");
  });

  it("lets a case short of sheets in only by name with a reason, and previews without publishing", async () => {
    expect((await chair.post("/chair/jury", { competitionId: String(competitionId), intent: "lock" })).status).toBe(
      302,
    );
    // Issue 16: Hav (two sheets of three) is left out unless the chair includes it with a reason.
    const refused = await post({
      intent: "prepare-finalists",
      finalistCount: "1",
      [`include-${cases.hav.caseId}`]: "on",
    });
    expect(refused.status).toBe(400);
    expect(await pageText(refused)).toContain("Skriv hvorfor saken skal være med som finalist med for få skjemaer.");

    const prepared = await post({
      intent: "prepare-finalists",
      finalistCount: "1",
      ...scored.includeHav("Ett jurymedlem ble sykt; juryen står inne for vurderingen."),
    });
    expect(prepared.status).toBe(302);
    const page = await pageText(await chair.get(`/chair/publish?competition=${competitionId}`));
    expect(page).toContain("Forhåndsvisning av den offentlige siden");
    expect(page).toContain("Gratulerer! «Sol svarer alltid» er finalist");
    expect(page).toMatch(/«Bekk ringer tilbake» til Kundeservice Awards \d{4}\. Saken gikk ikke videre til finalen/);

    expect(await pageText(await new HttpClient(server.baseUrl).get(`/results/${year}`))).toContain(
      "ikke publisert ennå",
    );
    expect((await new HttpClient(server.baseUrl).get(`/api/results/${year}`)).status).toBe(404);
    expect(server.output()).not.toContain("finalistene er kåret");
  });

  it("publishes the snapshot, sends the outbox, and shows the finalists publicly without their order", async () => {
    const published = await post({ intent: "publish-finalists" });
    expect(published.status).toBe(302);
    expect(published.headers.get("location")).toContain("sent=4&failed=0");
    expect(server.output()).toContain("finalistene er kåret");

    const publicPage = await pageText(await new HttpClient(server.baseUrl).get(`/results/${year}`));
    expect(publicPage).toContain("Finalistene er kåret");
    expect(publicPage).toContain("Sol svarer alltid");
    expect(publicPage).toContain("Hav har ingen kø");
    expect(publicPage).not.toContain("Fjell holder fristen");
    expect(publicPage).not.toMatch(/9,00|8,67/);

    const json = await (await new HttpClient(server.baseUrl).get(`/api/results/${year}`)).json();
    const snapshot = JSON.parse(snapshotRow("finalists")!.snapshot) as {
      categories: { name: string; finalistIds: number[]; ranking: { caseId: number; title: string }[] }[];
    };
    expect(json.stage).toBe("finalists");
    expect(
      json.categories.map((category: { category: string; finalists: { title: string }[] }) => [
        category.category,
        category.finalists.map((item) => item.title),
      ]),
    ).toEqual(
      snapshot.categories.map((category) => [
        category.name,
        category.ranking.filter((item) => category.finalistIds.includes(item.caseId)).map((item) => item.title),
      ]),
    );
    expect(JSON.parse(snapshotRow("finalists")!.snapshot).categories[1].overrides).toEqual([
      { caseId: cases.hav.caseId, reason: "Ett jurymedlem ble sykt; juryen står inne for vurderingen." },
    ]);
    expect(auditActions(server.databasePath, "competition", competitionId)).toEqual(
      expect.arrayContaining(["publication.prepared", "publication.published"]),
    );
  });

  it("never changes a published snapshot: not by publishing again, a new method, a reopened lock or a direct write", async () => {
    const before = snapshotRow("finalists")!;
    expect((await post({ intent: "publish-finalists" })).status).toBe(409);
    expect((await post({ intent: "prepare-finalists", finalistCount: "2" })).status).toBe(409);
    expect(
      (
        await chair.post(`/chair/ranking?competition=${competitionId}`, {
          competitionId: String(competitionId),
          method: "median",
        })
      ).status,
      // Issue 15: the method a publication rests on is refused afterwards, as are the sheets.
    ).toBe(409);
    expect((await chair.post("/chair/jury", { competitionId: String(competitionId), intent: "unlock" })).status).toBe(
      409,
    );
    expect((await jurors[0]!.post(`/jury/cases/${cases.sol.caseId}`, { intent: "reopen" })).status).toBe(409);
    expect(() =>
      sqlRun(server.databasePath, "UPDATE publications SET snapshot = '{}' WHERE id = ?", before.id),
    ).toThrow(/immutable/);
    expect(() => sqlRun(server.databasePath, "DELETE FROM publications WHERE id = ?", before.id)).toThrow(/immutable/);
    expect(snapshotRow("finalists")).toEqual(before);
    expect(
      (
        await chair.post(`/chair/ranking?competition=${competitionId}`, {
          competitionId: String(competitionId),
          method: "mean",
        })
      ).status,
    ).toBe(302);
  });
});

describe("publishing the winners", () => {
  it("needs the jury's reasoning, refuses when the ranking moved after the preview, then publishes", async () => {
    const noReason = await post({ intent: "prepare-winners" });
    expect(noReason.status).toBe(400);
    expect(await pageText(noReason)).toContain("Skriv juryens begrunnelse for vinneren");

    const categoryIds = sqlRows<{ id: number }>(
      server.databasePath,
      "SELECT id FROM categories WHERE competition_id = ? ORDER BY position",
      competitionId,
    ).map((row) => row.id);
    const reasonings = {
      [`reasoning-${categoryIds[0]}`]: "Et løfte alle i bedriften kjenner, og som måles hver dag.",
      [`reasoning-${categoryIds[1]}`]: "Ingen kø, ingen unntak.",
    };
    expect(
      (await post({ intent: "prepare-winners", overrideReason: "Som for finalistene.", ...reasonings })).status,
    ).toBe(302);

    // Issue 15: with the finalists published the method stands, so the ranking cannot move between the
    // preview and publishing (the check against a moved ranking stays for a reopened final round).
    expect(
      (
        await chair.post(`/chair/ranking?competition=${competitionId}`, {
          competitionId: String(competitionId),
          method: "median",
        })
      ).status,
    ).toBe(409);

    expect((await post({ intent: "share-on" })).status).toBe(302);
    expect((await post({ intent: "publish-winners" })).status).toBe(302);
    const publicPage = await pageText(await new HttpClient(server.baseUrl).get(`/results/${year}`));
    expect(publicPage).toMatch(/Vinner .*Sol svarer alltid/);
    expect(publicPage).toContain("Et løfte alle i bedriften kjenner, og som måles hver dag.");
    const json = await (await new HttpClient(server.baseUrl).get(`/api/results/${year}`)).json();
    expect(json.stage).toBe("winners");
    expect(json.categories[0].winners).toEqual([expect.objectContaining({ title: "Sol svarer alltid" })]);
  });

  it("shows each entrant only their own placement and, with feedback shared, step means and comments without names", async () => {
    const winner = await cases.sol.entrant.get(`/entrant/cases/${cases.sol.caseId}/result`);
    expect(winner.status).toBe(200);
    const text = await pageText(winner);
    expect(text).toContain("Gratulerer! Saken vant kategorien sin.");
    expect(text).toContain("Snitt: 8,67");
    expect(text).toContain("Kommentar 2 om sol");
    expect(text).not.toContain("Jurymedlem");
    expect(text).not.toContain("om fjell");

    expect(await pageText(await cases.bekk.entrant.get(`/entrant/cases/${cases.bekk.caseId}/result`))).toContain(
      "nådde ikke finalen",
    );
    expect((await cases.bekk.entrant.get(`/entrant/cases/${cases.sol.caseId}/result`)).status).toBe(404);
  });

  it("keeps the publication pages for the chair", async () => {
    for (const client of [jurors[0]!, cases.hav.entrant]) {
      expect((await client.get("/chair/publish")).status).toBe(403);
      expect(
        (await client.post("/chair/publish", { competitionId: String(competitionId), intent: "publish-winners" }))
          .status,
      ).toBe(403);
    }
  });
});
