import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, screenshot } from "#tests/support/chromium.ts";
import { assignConfirmed, createOpenCompetition, createSubmittedCase, createUser } from "#tests/support/factories.ts";
import { loggedIn } from "#tests/support/http-client.ts";
import { browserSuite, logIn, newPage } from "#tests/support/browser-suite.ts";

const suite = browserSuite();

describe("the chair edits a category in the browser", () => {
  it("follows 'Endre', sees the weights' sum as typed, and confirms that the ranking will move", async () => {
    const { competitionId, categoryIds } = createOpenCompetition(suite.server.databasePath);
    const { caseId } = createSubmittedCase(suite.server.databasePath, {
      competitionId,
      categoryId: categoryIds[0],
      title: "Svar innen en time",
    });
    const juror = await createUser(suite.server.databasePath, { role: "juror" });
    assignConfirmed(suite.server.databasePath, caseId, juror.id);
    const finalised = await (
      await loggedIn(suite.server.baseUrl, juror)
    ).post(`/jury/cases/${caseId}`, {
      intent: "finalise",
      scorePromise: "9",
      scoreAnchoring: "5",
      scoreRealisation: "7",
    });
    expect(finalised.status).toBe(302);

    const chair = await createUser(suite.server.databasePath, { role: "chair" });
    const page = await newPage(suite.browser);
    await logIn(page, suite.server.baseUrl, chair, `${suite.server.baseUrl}/chair`);

    await page.goto(`${suite.server.baseUrl}/chair/competitions/${competitionId}`);
    await page.getByRole("link", { name: "Endre Store virksomheter" }).click();
    await page.getByRole("heading", { name: "Kategori: Store virksomheter" }).waitFor();
    const sum = page.getByTestId("weights-sum");
    expect(await sum.textContent()).toBe("Vektene summerer til 100 %.");

    await page.getByLabel("Steg 1: Serviceløftet").fill("20");
    await page.getByText("Vektene summerer til 90; de skaleres til 100 %: 22 / 33 / 45 %.").waitFor();
    await page.getByLabel("Steg 1: Serviceløftet").fill("");
    await page.getByText("Summen vises når alle tre vektene er hele tall fra 1 til 1000.").waitFor();
    await page.getByLabel("Steg 1: Serviceløftet").fill("20");

    await page.getByRole("button", { name: "Lagre kategorien" }).click();
    const confirm = page.getByLabel("Ja, endre vektene og regn ut rangeringen på nytt");
    await confirm.waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, "chair-category-edit-confirm");
    await confirm.check();
    await page.getByRole("button", { name: "Lagre kategorien" }).click();
    await page.waitForURL(`${suite.server.baseUrl}/chair/competitions/${competitionId}`);
    expect(await page.getByTestId("category-weights").first().textContent()).toBe("22 % · 33 % · 45 % · 1 saker");
  });
});
