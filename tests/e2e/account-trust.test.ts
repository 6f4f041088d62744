import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, screenshot } from "#tests/support/chromium.ts";
import {
  createOpenCompetition,
  mailedLink,
  mailedVerificationLink,
  nextOrgNumber,
  TEST_PASSWORD,
  uniqueEmail,
} from "#tests/support/factories.ts";
import { browserSuite, newPage } from "#tests/support/browser-suite.ts";
import { formatOrgNumber } from "#app/domain/org-number.ts";

// No SMTP here: the portal writes each mail to DATA_DIR/mail as an .eml file, as on a laptop.

const suite = browserSuite();

beforeAll(() => {
  createOpenCompetition(suite.server.databasePath);
});

/** Fills the registration form and opens the link mailed to the address. */
async function registerAndVerify(page: Page, person: { name: string; email: string; orgNumber: string }) {
  await page.goto(`${suite.server.baseUrl}/register`);
  await page.getByLabel("Bedriftens navn").fill("Tillit AS");
  await page.getByLabel("Organisasjonsnummer").fill(person.orgNumber);
  await page.getByLabel("Fullt navn").fill(person.name);
  await page.getByLabel("E-post").fill(person.email);
  await page.getByLabel("Passord").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Opprett konto" }).click();
  await page.waitForURL(`${suite.server.baseUrl}/verify-email`);
  await page.getByText(`Vi har sendt en lenke til ${person.email}`).waitFor();
  await page.goto(await mailedVerificationLink(suite.server.dataDir, person.email));
  await page.waitForURL(`${suite.server.baseUrl}/entrant`);
}

describe("accounts you can trust, in the browser", () => {
  it("registers, proves the address, asks to join, is approved by the administrator and resets the password", async () => {
    const orgNumber = nextOrgNumber();
    const founder = await newPage(suite.browser);
    await registerAndVerify(founder, { name: "Frida Founder", email: uniqueEmail("frida", "tillit.no"), orgNumber });
    await founder.getByText(`Org.nr. ${formatOrgNumber(orgNumber)}`).waitFor();
    await founder.getByRole("link", { name: "Skriv en ny sak" }).click();
    await founder.getByLabel("Tittel").fill("Vi ringer tilbake samme dag");
    await founder.getByRole("button", { name: "Opprett utkast" }).click();
    await founder.waitForURL(/\/entrant\/cases\/\d+$/);

    // A second person registers with the same number: verified, but waiting.
    const newcomerEmail = uniqueEmail("nils", "gmail.com");
    const newcomer = await newPage(suite.browser);
    await newcomer.goto(`${suite.server.baseUrl}/register`);
    await expectNoAxeViolations(newcomer);
    await registerAndVerify(newcomer, { name: "Nils Nykommer", email: newcomerEmail, orgNumber });
    await expect.poll(() => newcomer.getByRole("heading", { level: 1 }).textContent()).toBe("Venter på godkjenning");
    expect(await newcomer.getByText("Vi ringer tilbake samme dag").count()).toBe(0);
    await screenshot(newcomer, "membership-pending");
    await expectNoAxeViolations(newcomer);

    // The administrator approves on the members page.
    await founder.goto(`${suite.server.baseUrl}/entrant`);
    await founder.getByRole("link", { name: "Medlemmer og forespørsler" }).click();
    await founder.waitForURL(`${suite.server.baseUrl}/entrant/members`);
    const row = founder.getByRole("row").filter({ hasText: "Nils Nykommer" });
    await row.getByText("Venter på godkjenning").waitFor();
    await screenshot(founder, "members-page");
    await expectNoAxeViolations(founder);
    await row.getByRole("button", { name: "Godkjenn" }).click();
    await founder.getByText("Medlemmet er godkjent.").waitFor();

    await newcomer.reload();
    await newcomer.getByText("Vi ringer tilbake samme dag").waitFor();

    // Then the newcomer forgets the password and chooses a new one from the mailed link.
    await newcomer.getByRole("button", { name: "Logg ut" }).click();
    await newcomer.waitForURL(`${suite.server.baseUrl}/`);
    await newcomer.goto(`${suite.server.baseUrl}/login`);
    await newcomer.getByRole("link", { name: "Glemt passord?" }).click();
    // The login page has an "E-post" field too: fill in the one on the next page.
    await newcomer.waitForURL(`${suite.server.baseUrl}/forgot-password`);
    await newcomer.getByLabel("E-post").fill(newcomerEmail);
    await newcomer.getByRole("button", { name: "Send lenke" }).click();
    await newcomer.getByText("Hvis adressen har en konto hos oss").waitFor();
    await newcomer.goto(
      await mailedLink(suite.server.dataDir, newcomerEmail, /https?:\/\/\S+\/reset-password\/[\w-]+/),
    );
    await newcomer.getByLabel("Passord", { exact: true }).fill("sjøbris over brygga i juni");
    await newcomer.getByRole("button", { name: "Lagre nytt passord" }).click();
    await newcomer.waitForURL(`${suite.server.baseUrl}/profile?outcome=password-reset`);
    await newcomer.goto(`${suite.server.baseUrl}/entrant`);
    await newcomer.getByText("Vi ringer tilbake samme dag").waitFor();
  });
});
