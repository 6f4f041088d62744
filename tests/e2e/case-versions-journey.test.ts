import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, launchBrowser, screenshot } from "#tests/support/chromium.ts";
import {
  assignConfirmed,
  createOpenCompetition,
  createSubmittedCase,
  createUser,
  sqlRows,
  sqlRun,
} from "#tests/support/factories.ts";
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

async function loggedInPage(user: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ locale: "nb-NO", timezoneId: "Europe/Oslo" })).newPage();
  await page.goto(`${server.baseUrl}/login`);
  await page.getByLabel("E-post").fill(user.email);
  await page.getByLabel("Passord").fill(user.password);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
  return page;
}

describe("versions of a case in the browser", () => {
  it("a company reopens and resubmits, the juror sees what changed, and the company withdraws after confirming", async () => {
    const { competitionId, categoryIds } = createOpenCompetition(server.databasePath);
    const title = "Svar innen én time";
    const { caseId, organisationId } = createSubmittedCase(server.databasePath, {
      competitionId,
      categoryId: categoryIds[0],
      title,
    });
    const jurorUser = await createUser(server.databasePath, { role: "juror" });
    assignConfirmed(server.databasePath, caseId, jurorUser.id);
    const [{ id: assignmentId }] = sqlRows<{ id: number }>(
      server.databasePath,
      "SELECT id FROM assignments WHERE case_id = ?",
      caseId,
    ) as [{ id: number }];
    // The juror has started a sheet on version 1.
    sqlRun(
      server.databasePath,
      "INSERT INTO score_sheets (assignment_id, round, score_promise, status, case_version, updated_at) VALUES (?, 'main', 7, 'draft', 1, ?)",
      assignmentId,
      Date.now(),
    );

    const entrant = await loggedInPage(await createUser(server.databasePath, { role: "entrant", organisationId }));
    await entrant.goto(`${server.baseUrl}/entrant/cases/${caseId}`);
    await entrant.getByRole("button", { name: "Åpne saken for endringer" }).click();
    await entrant.getByTestId("working-copy-notice").waitFor();
    await expectNoAxeViolations(entrant);
    await entrant.getByLabel("Steg 1: Serviceløftet").fill(`Løftet i ${title}, nå på ti minutter`);
    await entrant.getByRole("button", { name: "Send inn saken" }).click();
    await entrant.waitForURL(/\/receipt$/);

    const juror = await loggedInPage(jurorUser);
    await juror.goto(`${server.baseUrl}/jury/cases/${caseId}`);
    await juror.getByTestId("case-changed").waitFor();
    await juror.getByRole("link", { name: "Se hva som er endret" }).click();
    await juror.getByRole("heading", { name: "Endringer fra versjon 1 til versjon 2" }).waitFor();
    expect(await juror.getByTestId("diff-servicePromise").textContent()).toContain("nå på ti minutter");
    await expectNoAxeViolations(juror);
    await screenshot(juror, "case-versions-juror-diff");

    await entrant.goto(`${server.baseUrl}/entrant/cases/${caseId}`);
    await entrant.getByRole("button", { name: "Trekk saken" }).click();
    await entrant.getByTestId("status-confirmation").waitFor();
    await expectNoAxeViolations(entrant);
    await screenshot(entrant, "case-versions-withdraw-confirmation");
    await entrant.getByRole("button", { name: "Ja, trekk saken" }).click();
    await entrant.getByText("Saken er trukket fra konkurransen.").waitFor();
    await entrant.goto(`${server.baseUrl}/entrant`);
    expect(await entrant.getByTestId("case-stage").textContent()).toBe("Trukket");
  });
});
