import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, launchBrowser, screenshot } from "#tests/support/chromium.ts";
import { createUser, TEST_PASSWORD } from "#tests/support/factories.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("a user leaving the portal", () => {
  it("downloads their data from the profile, confirms with the password and is logged out for good", async () => {
    const user = await createUser(server.databasePath, { role: "entrant", name: "Kari Forlater" });
    const context = await browser.newContext({ locale: "nb-NO", timezoneId: "Europe/Oslo", acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel("E-post").fill(user.email);
    await page.getByLabel("Passord", { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Logg inn" }).click();
    await page.waitForURL(`${server.baseUrl}/entrant`);

    await page.goto(`${server.baseUrl}/profile`);
    await expectNoAxeViolations(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Last ned dataene mine (JSON)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kundeservice-awards-mine-data-\d{4}-\d{2}-\d{2}\.json$/);

    await page.getByRole("link", { name: "Gå til sletting av kontoen" }).click();
    await page.waitForURL(`${server.baseUrl}/profile/delete`);
    await page.getByLabel("Nåværende passord").fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Slett kontoen for godt" }).click();
    await page.getByText("Skjemaet må rettes før det kan sendes:").waitFor();
    expect(await page.getByText("Kryss av for å bekrefte at du vil slette kontoen.").count()).toBeGreaterThan(0);
    await screenshot(page, "account-deletion-unconfirmed");
    await expectNoAxeViolations(page);

    await page.getByLabel("Jeg forstår at kontoen slettes for godt").check();
    await page.getByRole("button", { name: "Slett kontoen for godt" }).click();
    await page.waitForURL(`${server.baseUrl}/profile/delete?deleted=1`);
    await page.getByText("Du er logget ut, og kontoen er slettet.").waitFor();
    await expectNoAxeViolations(page);

    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel("E-post").fill(user.email);
    await page.getByLabel("Passord", { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Logg inn" }).click();
    await page.getByText("Feil e-post eller passord").waitFor();
  });
});
