import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, launchBrowser } from "#tests/support/chromium.ts";
import { createOpenCompetition, createUser, sqlRun } from "#tests/support/factories.ts";
import { loggedIn } from "#tests/support/http-client.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// Issue 15: a refusal answered to a submission made with JavaScript (single fetch) shows its own
// reason on the error page, as a page load does, without leaving the document.

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("a refusal met with JavaScript", () => {
  it("shows the reason for a 409 after a client-side submission, with the way back", async () => {
    const chair = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "chair" }));
    const { competitionId } = createOpenCompetition(server.databasePath, { year: 2032 });
    const now = Date.now();
    sqlRun(server.databasePath, "UPDATE competitions SET scoring_locked_at = ? WHERE id = ?", now, competitionId);

    const context = await browser.newContext({ locale: "nb-NO", timezoneId: "Europe/Oslo" });
    await context.addCookies(
      chair
        .cookieHeader()
        .split("; ")
        .map((pair) => pair.split("="))
        .map(([name = "", value = ""]) => ({ name, value, url: server.baseUrl })),
    );
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/chair/jury?competition=${competitionId}`, { waitUntil: "networkidle" });
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    // Published in another tab after this page was loaded: the button is still here, the rule is not.
    sqlRun(
      server.databasePath,
      "INSERT INTO publications (competition_id, stage, snapshot, prepared_at, published_at) VALUES (?, 'finalists', '{}', ?, ?)",
      competitionId,
      now,
      now,
    );
    await page.getByRole("button", { name: "Lås opp poenggivningen" }).click();

    await expect.poll(() => page.locator("h1").textContent()).toBe("Det går ikke nå");
    await expect
      .poll(() => page.locator("main").textContent())
      .toContain("poenggivningen er låst for godt og kan ikke åpnes igjen.");
    expect(await page.locator("main").textContent()).not.toMatch(/feil hos oss/);
    expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
    await expect(page.getByRole("link", { name: "Tilbake til siden" }).getAttribute("href")).resolves.toBe(
      `/chair/jury?competition=${competitionId}`,
    );
    await expectNoAxeViolations(page);
    await context.close();
  });
});
