import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenCompetition, createUser, sqlRun } from "#tests/support/factories.ts";
import { HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// Issue 15: a refusal said "Noe gikk galt – feil hos oss" and the JSON API "Unexpected Server
// Error". Each refusal now says its own reason in the reader's language; only a real failure is
// "our fault", and only a real failure reaches the error log.

const GENERIC_FAILURE = /feil hos oss|error occurred on our side|Unexpected Server Error/;

let server: TestServer;
let chair: HttpClient;
let juror: HttpClient;
let entrant: HttpClient;
let competitionId: number;

/** The chair's client in `locale`, as the language switch sets it. */
async function speak(client: HttpClient, locale: "nb" | "en") {
  expect((await client.post("/language", { locale, redirectTo: "/" })).status).toBe(302);
}

const unlockScoring = () => chair.post("/chair/jury", { competitionId: String(competitionId), intent: "unlock" });

beforeAll(async () => {
  server = await startTestServer();
  chair = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "chair" }));
  juror = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "juror" }));
  entrant = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "entrant" }));
  ({ competitionId } = createOpenCompetition(server.databasePath, { year: 2031 }));
  // A published stage, straight into the table: unlocking scoring is then refused (409) whatever
  // else publishing asks for.
  const now = Date.now();
  sqlRun(
    server.databasePath,
    "INSERT INTO publications (competition_id, stage, snapshot, prepared_at, published_at) VALUES (?, 'finalists', '{}', ?, ?)",
    competitionId,
    now,
    now,
  );
});

afterAll(async () => {
  await server?.stop();
});

describe("a refused chair action", () => {
  it("says why in Norwegian, with the way back to the page, not 'feil hos oss'", async () => {
    await speak(chair, "nb");
    const response = await unlockScoring();
    expect(response.status).toBe(409);
    const html = await response.text();
    const text = await pageText(new Response(html));
    expect(text).toContain("Det går ikke nå");
    expect(text).toMatch(
      /Resultatet for 2031 ble publisert \d+\. \p{L}+ \d{4} kl\. \d\d:\d\d; poenggivningen er låst for godt og kan ikke åpnes igjen\./u,
    );
    expect(text).not.toMatch(GENERIC_FAILURE);
    // Still the chair's own header: the refusal did not sign anyone out.
    expect(text).toContain("Logg ut");
    expect(html).toContain('lang="nb"');
    expect(html).toMatch(/<a [^>]*href="\/chair\/jury"[^>]*>Tilbake til siden<\/a>/);
  });

  it("says why in English to a reader who chose English", async () => {
    await speak(chair, "en");
    try {
      const response = await unlockScoring();
      expect(response.status).toBe(409);
      const html = await response.text();
      const text = await pageText(new Response(html));
      expect(text).toContain("Not possible right now");
      expect(text).toMatch(
        /The result for 2031 was published \d+ \w+ \d{4} at \d\d:\d\d; scoring is locked for good and cannot reopen\./,
      );
      expect(text).toContain("Back to the page");
      expect(text).toContain("Log out");
      expect(text).not.toMatch(GENERIC_FAILURE);
      expect(html).toContain('lang="en"');
    } finally {
      await speak(chair, "nb");
    }
  });

  it("hands the reason to a client-side submission (single fetch) as the error's data", async () => {
    const response = await chair.send("/chair/jury.data", {
      method: "POST",
      body: new URLSearchParams({ competitionId: String(competitionId), intent: "unlock" }),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.baseUrl },
    });
    expect(response.status).toBe(409);
    const body = await response.text();
    expect(body).toContain("freeze.scoringLock");
    expect(body).toContain("poenggivningen er låst for godt og kan ikke åpnes igjen.");
    expect(body).toContain("scoring is locked for good and cannot reopen.");
    expect(body).not.toContain("Unexpected Server Error");
  });
});

describe("pages refused by status", () => {
  it("tells a juror on a chair page that the account has no access", async () => {
    const response = await juror.get("/chair/jury");
    expect(response.status).toBe(403);
    const text = await pageText(response);
    expect(text).toContain("Ingen tilgang");
    expect(text).toContain("Kontoen din har ikke tilgang til denne siden.");
    expect(text).not.toMatch(GENERIC_FAILURE);
  });

  it("tells the reader a page does not exist", async () => {
    const response = await chair.get("/chair/cases/999999");
    expect(response.status).toBe(404);
    const text = await pageText(response);
    expect(text).toContain("Siden finnes ikke");
    expect(text).not.toMatch(GENERIC_FAILURE);
  });
});

describe("resource routes", () => {
  it("answers the results API for an unpublished year with a JSON 404 that says so, in the reader's language", async () => {
    const anonymous = new HttpClient(server.baseUrl);
    const response = await anonymous.get("/api/results/1999");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await response.json()).toEqual({ message: "Det finnes ingen publiserte resultater for 1999." });

    await speak(anonymous, "en");
    const english = await anonymous.get("/api/results/1999");
    expect(await english.json()).toEqual({ message: "There are no published results for 1999." });

    const malformed = await anonymous.get("/api/results/nineteen");
    expect(malformed.status).toBe(404);
    expect(await malformed.json()).toEqual({
      message: "We could not find the page you were looking for. It may have moved, or you may not have access to it.",
    });
  });

  it("refuses the CSV exports with the status and a line of text, never an HTML page", async () => {
    const forbidden = await juror.get(`/chair/ranking.csv?competition=${competitionId}`);
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await forbidden.text()).toBe("Kontoen din har ikke tilgang til denne siden.\n");

    for (const path of ["/chair/ranking.csv?competition=999999", "/chair/score-sheets.csv?competition=999999"]) {
      const missing = await chair.get(path);
      expect(missing.status, path).toBe(404);
      expect(missing.headers.get("content-type"), path).toMatch(/^text\/plain/);
      expect(await missing.text(), path).not.toMatch(/<html|Unexpected Server Error/);
    }

    const anonymous = await new HttpClient(server.baseUrl).get(`/chair/ranking.csv?competition=${competitionId}`);
    expect(anonymous.status).toBe(302);
  });

  it("refuses a missing attachment with a line of text, and the autosave with JSON", async () => {
    const attachment = await chair.get("/cases/999999/attachments/1");
    expect(attachment.status).toBe(404);
    expect(attachment.headers.get("content-type")).toMatch(/^text\/plain/);

    const autosave = await entrant.post("/entrant/cases/not-a-case/autosave", { version: "1" });
    expect(autosave.status).toBe(404);
    expect(autosave.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await autosave.json()).toEqual({ message: expect.stringContaining("Vi fant ikke siden") });

    const wrongRole = await juror.post("/entrant/cases/1/autosave", { version: "1" });
    expect(wrongRole.status).toBe(403);
    expect(await wrongRole.json()).toEqual({ message: "Kontoen din har ikke tilgang til denne siden." });
  });
});

describe("the error log", () => {
  it("holds no refusal: the 409, the 403s and 404s and the API's 404 above logged nothing as an error", async () => {
    expect((await unlockScoring()).status).toBe(409);
    expect((await new HttpClient(server.baseUrl).get("/api/results/1999")).status).toBe(404);
    expect(server.errorOutput()).toBe("");
  });

  it("still shows the calm generic page for a real failure, and logs it", async () => {
    // A table gone from under the server is a failure on our side, not a refusal.
    sqlRun(server.databasePath, "ALTER TABLE publications RENAME TO publications_away");
    try {
      const response = await chair.get(`/chair/publish?competition=${competitionId}`);
      expect(response.status).toBe(500);
      const text = await pageText(response);
      expect(text).toContain("Noe gikk galt");
      expect(text).toContain("Det oppstod en feil hos oss.");
      await expect.poll(() => server.errorOutput()).toMatch(/no such table: publications/);
    } finally {
      sqlRun(server.databasePath, "ALTER TABLE publications_away RENAME TO publications");
    }
  });
});
