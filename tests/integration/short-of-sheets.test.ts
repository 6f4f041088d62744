// Issue 16: a case short of sheets is listed apart with where it would stand, and becomes a
// finalist only when the chair includes it by name with a recorded reason (ADR 0030).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditActions, sqlRows } from "#tests/support/factories.ts";
import { HttpClient, pageText } from "#tests/support/http-client.ts";
import { createScoredCompetition } from "#tests/support/scored-competition.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
let scored: Awaited<ReturnType<typeof createScoredCompetition>>;

const publicationRows = () =>
  sqlRows<{ snapshot: string; published_at: number | null }>(
    server.databasePath,
    "SELECT snapshot, published_at FROM publications WHERE competition_id = ? AND stage = 'finalists'",
    scored.competitionId,
  );
const auditDetails = (action: string) =>
  sqlRows<{ subject_id: string; details: string }>(
    server.databasePath,
    "SELECT subject_id, details FROM audit_log WHERE action = ? ORDER BY id",
    action,
  ).map((row) => ({ subjectId: row.subject_id, details: JSON.parse(row.details) as Record<string, unknown> }));
const publishPage = async () => pageText(await scored.chair.get(`/chair/publish?competition=${scored.competitionId}`));

beforeAll(async () => {
  server = await startTestServer();
  // Hav stands alone (8, 8) in the second category with two sheets of the three it needs.
  scored = await createScoredCompetition(server);
  await scored.lockScoring();
});

afterAll(async () => {
  await server?.stop();
});

describe("a case short of sheets", () => {
  it("is listed apart on the ranking page with where it would stand", async () => {
    const page = await pageText(
      await scored.chair.get(`/chair/ranking?competition=${scored.competitionId}&category=${scored.categoryIds[1]}`),
    );
    expect(page).toContain("Saker med for få skjemaer");
    expect(page).toMatch(/KSA-\d+-\d+ Hav har ingen kø\s*Ville stått som nr\. 1 i .+ · 2 av 3 skjemaer/);
    const full = await pageText(
      await scored.chair.get(`/chair/ranking?competition=${scored.competitionId}&category=${scored.categoryIds[0]}`),
    );
    expect(full).not.toContain("Saker med for få skjemaer");
  });

  it("is offered on the publish page with a box and a reason of its own", async () => {
    const response = await scored.chair.get(`/chair/publish?competition=${scored.competitionId}`);
    const html = await response.text();
    expect(html).toContain(`name="include-${scored.cases.hav.caseId}"`);
    expect(html).toContain(`name="includeReason-${scored.cases.hav.caseId}"`);
    expect(html).toContain("Ta med som finalist likevel");
  });

  it("refuses to include it without a reason, on its own field", async () => {
    const refused = await scored.publish({
      intent: "prepare-finalists",
      finalistCount: "1",
      [`include-${scored.cases.hav.caseId}`]: "on",
      [`includeReason-${scored.cases.hav.caseId}`]: "   ",
    });
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain("Skriv hvorfor saken skal være med som finalist med for få skjemaer.");
    expect(html).toContain(`href="#prepare-finalists-includeReason-${scored.cases.hav.caseId}"`);
    expect(publicationRows()).toEqual([]);
  });

  it("is included with a reason, which the preview shows and the audit log keeps", async () => {
    const reason = "Ett jurymedlem ble sykt; juryen står inne for vurderingen.";
    expect(
      (await scored.publish({ intent: "prepare-finalists", finalistCount: "1", ...scored.includeHav(reason) })).status,
    ).toBe(302);
    const snapshot = JSON.parse(publicationRows()[0]!.snapshot);
    expect(snapshot.categories[1].finalistIds).toEqual([scored.cases.hav.caseId]);
    expect(snapshot.categories[1].overrides).toEqual([{ caseId: scored.cases.hav.caseId, reason }]);
    expect(await publishPage()).toContain(`Tatt med som finalist. Begrunnelse: ${reason}`);
    expect(auditActions(server.databasePath, "case", scored.cases.hav.caseId)).toContain(
      "publication.short-case-included",
    );
    expect(auditDetails("publication.short-case-included").at(-1)).toEqual({
      subjectId: String(scored.cases.hav.caseId),
      details: { stage: "finalists", reason, sheetCount: 2, minSheets: 3, rank: 1 },
    });
  });

  it("is left out without the chair's choice: the next with enough sheets takes the seat, and it is published so", async () => {
    // A new draft replaces the one above; this time Hav is not ticked.
    expect((await scored.publish({ intent: "prepare-finalists", finalistCount: "1" })).status).toBe(302);
    const page = await publishPage();
    expect(page).toMatch(
      /Hav har ingen kø\s*Ville stått som nr\. 1 i .+ · 2 av 3 skjemaer · ville vært finalist på plassen sin\s*Holdt utenfor finalistene\./,
    );
    expect((await scored.publish({ intent: "publish-finalists" })).status).toBe(302);

    const json = await (await new HttpClient(server.baseUrl).get(`/api/results/${scored.year}`)).json();
    const finalists = json.categories.map((category: { finalists: { title: string }[] }) =>
      category.finalists.map((item) => item.title),
    );
    expect(finalists).toEqual([["Sol svarer alltid"], []]);
    expect(JSON.parse(publicationRows()[0]!.snapshot).categories[1].overrides).toEqual([]);
    expect(auditDetails("publication.published").at(-1)!.details).toMatchObject({ stage: "finalists", overrides: [] });
    // The entrant hears that the case did not reach the final (the outbox shows each mail).
    expect(await publishPage()).toMatch(
      /«Hav har ingen kø» til Kundeservice Awards \d{4}\. Saken gikk ikke videre til finalen/,
    );
  });
});
