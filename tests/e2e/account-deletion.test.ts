import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, screenshot } from "#tests/support/chromium.ts";
import { createUser, TEST_PASSWORD } from "#tests/support/factories.ts";
import { browserSuite, logIn, newPage } from "#tests/support/browser-suite.ts";

const suite = browserSuite();

describe("a user leaving the portal", () => {
  it("downloads their data from the profile, confirms with the password and is logged out for good", async () => {
    const user = await createUser(suite.server.databasePath, { role: "entrant", name: "Kari Forlater" });
    const page = await newPage(suite.browser, { acceptDownloads: true });
    await logIn(
      page,
      suite.server.baseUrl,
      { email: user.email, password: TEST_PASSWORD },
      `${suite.server.baseUrl}/entrant`,
    );

    await page.goto(`${suite.server.baseUrl}/profile`);
    await expectNoAxeViolations(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Last ned dataene mine (JSON)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kundeservice-awards-mine-data-\d{4}-\d{2}-\d{2}\.json$/);

    await page.getByRole("link", { name: "Gå til sletting av kontoen" }).click();
    await page.waitForURL(`${suite.server.baseUrl}/profile/delete`);
    await page.getByLabel("Nåværende passord").fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Slett kontoen for godt" }).click();
    await page.getByText("Skjemaet må rettes før det kan sendes:").waitFor();
    expect(await page.getByText("Kryss av for å bekrefte at du vil slette kontoen.").count()).toBeGreaterThan(0);
    await screenshot(page, "account-deletion-unconfirmed");
    await expectNoAxeViolations(page);

    await page.getByLabel("Jeg forstår at kontoen slettes for godt").check();
    await page.getByRole("button", { name: "Slett kontoen for godt" }).click();
    await page.waitForURL(`${suite.server.baseUrl}/profile/delete?deleted=1`);
    await page.getByText("Du er logget ut, og kontoen er slettet.").waitFor();
    await expectNoAxeViolations(page);

    await logIn(page, suite.server.baseUrl, { email: user.email, password: TEST_PASSWORD });
    await page.getByText("Feil e-post eller passord").waitFor();
  });
});
