import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpClient, pageText } from "#tests/support/http-client.ts";
import { createScoredCompetition } from "#tests/support/scored-competition.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// The public results are read from a cache of each publication's public view; these pin that a
// newly published stage replaces what is served at once, and that the JSON's ETag follows it.

let server: TestServer;
let scored: Awaited<ReturnType<typeof createScoredCompetition>>;
const visitor = () => new HttpClient(server.baseUrl);
/** A plain GET with a conditional header, as a cache or a browser revalidating would send it. */
const revalidate = (path: string, ifNoneMatch: string) =>
  fetch(`${server.baseUrl}${path}`, { headers: { "If-None-Match": ifNoneMatch } });

beforeAll(async () => {
  server = await startTestServer();
  scored = await createScoredCompetition(server);
  await scored.lockScoring();
});

afterAll(async () => {
  await server?.stop();
});

describe("the published results, served from the cache", () => {
  let finalistsTag: string;

  it("serve the finalists once published, and answer 304 to a client that has them", async () => {
    const { publish, year } = scored;
    expect((await visitor().get(`/api/results/${year}`)).status).toBe(404);
    expect((await publish({ intent: "prepare-finalists", finalistCount: "1", ...scored.includeHav() })).status).toBe(
      302,
    );
    // A prepared draft is not public, even after the chair's page has read it.
    expect(await pageText(await scored.chair.get(`/chair/publish?competition=${scored.competitionId}`))).toContain(
      "Sol svarer alltid",
    );
    expect((await visitor().get(`/api/results/${year}`)).status).toBe(404);
    expect((await publish({ intent: "publish-finalists" })).status).toBe(302);

    const response = await visitor().get(`/api/results/${year}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    finalistsTag = response.headers.get("etag")!;
    expect(finalistsTag).toMatch(/^"[0-9a-f]{64}\.\d+\.1"$/);
    const json = await response.json();
    expect(json.stage).toBe("finalists");
    expect(finalistsTag).toContain(json.snapshotHash);

    const again = await revalidate(`/api/results/${year}`, finalistsTag);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(finalistsTag);
    const weak = await revalidate(`/api/results/${year}`, `"other", W/${finalistsTag}`);
    expect(weak.status).toBe(304);
    expect(await pageText(await visitor().get(`/results/${year}`))).toContain("Finalistene er kåret");
  });

  it("serve the winners as soon as they are published, with a new ETag", async () => {
    const { publish, year, categoryIds } = scored;
    expect(
      (
        await publish({
          intent: "prepare-winners",
          overrideReason: "Som for finalistene.",
          [`reasoning-${categoryIds[0]}`]: "Et løfte alle kjenner.",
          [`reasoning-${categoryIds[1]}`]: "Ingen kø, ingen unntak.",
        })
      ).status,
    ).toBe(302);
    // Until the winners are published, the finalists are what the public sees.
    expect((await (await visitor().get(`/api/results/${year}`)).json()).stage).toBe("finalists");
    expect((await publish({ intent: "publish-winners" })).status).toBe(302);

    const response = await revalidate(`/api/results/${year}`, finalistsTag);
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).not.toBe(finalistsTag);
    const json = await response.json();
    expect(json.stage).toBe("winners");
    expect(json.categories[0].reasoning).toBe("Et løfte alle kjenner.");
    expect(await pageText(await visitor().get(`/results/${year}`))).toContain("Et løfte alle kjenner.");
  });
});

describe("the publish page's outbox", () => {
  it("counts every mail by state and answers any page asked for, nonsense included", async () => {
    const base = `/chair/publish?competition=${scored.competitionId}`;
    const page = await pageText(await scored.chair.get(base));
    expect(page).toContain("E-poster som sendes (4)");
    expect(page).toContain("4 sendt · 0 feilet · 0 venter");
    for (const query of ["mails-finalists=abc", "mails-winners=99", "mails-finalists=-1&mails-winners=1e9"]) {
      const response = await scored.chair.get(`${base}&${query}`);
      expect(response.status, query).toBe(200);
      expect((await response.text()).match(/data-testid="outbox-mail"/g), query).toHaveLength(8);
    }
  });
});
