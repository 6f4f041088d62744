import { beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, screenshot } from "#tests/support/chromium.ts";
import { demoLogin, seedScoredDemo } from "#tests/support/demo.ts";
import { browserSuite, logIn, newPage } from "#tests/support/browser-suite.ts";

const suite = browserSuite();
let chairLogin: { email: string; password: string };

beforeAll(() => {
  // The demo's fully scored competition, made by the same script a newcomer runs.
  chairLogin = demoLogin(seedScoredDemo(suite.server), "chair");
});

describe("the chair's end of the year in the browser", () => {
  it("studies the ranking, compares methods, locks, publishes finalists and then winners, and the public page shows them", async () => {
    const page = await newPage(suite.browser);
    await logIn(page, suite.server.baseUrl, chairLogin, `${suite.server.baseUrl}/chair`);
    const year = new Date().getFullYear();

    await page.getByRole("link", { name: "Rangering" }).click();
    await page.getByTestId("ranking-table").waitFor();
    const firstRow = page.getByTestId("ranking-row").first();
    expect(await firstRow.locator("td").first().textContent()).toBe("1");
    const leader = (await firstRow.locator("th span").textContent())!;
    await page.getByRole("img", { name: /Stolpediagram/ }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, "chair-ranking");

    await page.getByRole("button", { name: "Bruk Median" }).click();
    await page.getByText("Rangeringen bruker nå: Median.").waitFor();
    await page.getByRole("button", { name: "Bruk Gjennomsnitt" }).click();
    await page.getByText("Rangeringen bruker nå: Gjennomsnitt.").waitFor();

    await page.getByRole("link", { name: "Juryarbeid" }).click();
    await page.getByRole("button", { name: "Lås poenggivningen" }).click();
    await page.getByRole("button", { name: "Lås opp poenggivningen" }).waitFor();

    await page.goto(`${suite.server.baseUrl}/chair`);
    await page.getByRole("link", { name: "Publisering" }).click();
    await page.getByLabel("Antall finalister per kategori").fill("1");
    await page.getByRole("button", { name: "Forbered og forhåndsvis" }).click();
    await page.getByText("Forhåndsvisningen er klar. Ingenting er publisert eller sendt ennå.").waitFor();
    const finalistPreview = page.getByTestId("preview-finalists");
    // One finalist per category, more only where the first place is shared.
    expect(await finalistPreview.getByTestId("finalist").count()).toBeGreaterThanOrEqual(3);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Publiser nå og send e-postene" }).click();
    await page.getByText(/Publisert\. \d+ e-poster sendt, 0 feilet\./).waitFor();

    const winners = page.getByTestId("stage-winners");
    for (const category of ["Store virksomheter", "Små og mellomstore virksomheter", "Offentlig sektor"]) {
      await winners
        .getByLabel(`Juryens begrunnelse – ${category}`)
        .fill(`Juryen valgte vinneren i ${category} for et løfte som holdes hver dag.`);
    }
    await winners.getByRole("button", { name: "Forbered og forhåndsvis" }).click();
    await page.getByTestId("preview-winners").waitFor();
    await page.getByTestId("stage-winners").getByRole("button", { name: "Publiser nå og send e-postene" }).click();
    await page.getByText(/Publisert\. \d+ e-poster sendt, 0 feilet\./).waitFor();
    await screenshot(page, "chair-publish");

    await page.goto(`${suite.server.baseUrl}/results/${year}`);
    expect(await page.getByTestId("winner").count()).toBeGreaterThanOrEqual(3);
    await page.getByText("Juryen valgte vinneren i Store virksomheter for et løfte som holdes hver dag.").waitFor();
    expect(
      await page.getByRole("region", { name: "Store virksomheter" }).getByTestId("winner").allTextContents(),
    ).toContainEqual(expect.stringContaining(leader));
    await expectNoAxeViolations(page);
    await screenshot(page, "public-results");
  });
});
