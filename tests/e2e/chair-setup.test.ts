import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, launchBrowser, screenshot } from "#tests/support/chromium.ts";
import { createUser } from "#tests/support/factories.ts";
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

describe("the chair in the browser", () => {
  it("sets up next year's competition with a category weighted its own way, and the landing page shows the deadline", async () => {
    const chair = await createUser(server.databasePath, { role: "chair" });
    const page = await (await browser.newContext({ locale: "nb-NO", timezoneId: "Europe/Oslo" })).newPage();
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel("E-post").fill(chair.email);
    await page.getByLabel("Passord").fill(chair.password);
    await page.getByRole("button", { name: "Logg inn" }).click();
    await page.waitForURL(`${server.baseUrl}/chair`);

    await page.getByRole("link", { name: "Ny konkurranse" }).click();
    await page.waitForURL(`${server.baseUrl}/chair/competitions/new`);
    await expectNoAxeViolations(page);
    const year = new Date().getFullYear() + 1;
    const opens = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("Innsendingen åpner").fill(`${opens}T09:00`);
    await page.getByLabel("Frist for innsending").fill(`${year}-01-31T23:59`);
    await page.getByLabel("Juryens frist").fill(`${year}-03-01T12:00`);
    await page.getByRole("button", { name: "Opprett konkurransen" }).click();
    await page.waitForURL(/\/chair\/competitions\/\d+$/);

    await page.getByLabel("Navn på kategorien").fill("Offentlig sektor");
    await page.getByRole("group", { name: "Vekter per steg" }).getByLabel("Steg 3: Realisering").fill("60");
    await page.getByRole("button", { name: "Legg til kategori" }).click();
    await page.getByText("Offentlig sektor", { exact: true }).waitFor();
    expect(await page.getByTestId("category-weights").textContent()).toBe("25 % · 25 % · 50 % · 0 saker");
    expect(await page.getByLabel("Navn på kategorien").inputValue()).toBe("");
    await screenshot(page, "chair-competition");
    await expectNoAxeViolations(page);

    await page.goto(server.baseUrl);
    expect(await page.getByTestId("deadline").textContent()).toBe(
      `Kundeservice Awards ${year}: saker må være sendt inn innen 31. januar ${year} kl. 23:59.`,
    );
  });
});
