import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, screenshot } from "#tests/support/chromium.ts";
import { createUser } from "#tests/support/factories.ts";
import { browserSuite, logIn, newPage } from "#tests/support/browser-suite.ts";

const suite = browserSuite();

describe("the chair in the browser", () => {
  it("sets up next year's competition with a category weighted its own way, and the landing page shows the deadline", async () => {
    const chair = await createUser(suite.server.databasePath, { role: "chair" });
    const page = await newPage(suite.browser);
    await logIn(page, suite.server.baseUrl, chair, `${suite.server.baseUrl}/chair`);

    await page.getByRole("link", { name: "Ny konkurranse" }).click();
    await page.waitForURL(`${suite.server.baseUrl}/chair/competitions/new`);
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

    await page.goto(suite.server.baseUrl);
    expect(await page.getByTestId("deadline").textContent()).toBe(
      `Kundeservice Awards ${year}: saker må være sendt inn innen 31. januar ${year} kl. 23:59.`,
    );
  });
});
