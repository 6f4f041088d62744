import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, screenshot } from "#tests/support/chromium.ts";
import {
  assignConfirmed,
  createOpenCompetition,
  createSubmittedCase,
  createUser,
  sqlRows,
  sqlRun,
} from "#tests/support/factories.ts";
import { browserSuite, logIn, newPage } from "#tests/support/browser-suite.ts";

const suite = browserSuite();

async function loggedInPage(user: { email: string; password: string }): Promise<Page> {
  const page = await newPage(suite.browser);
  await logIn(page, suite.server.baseUrl, user, (url) => url.pathname !== "/login");
  return page;
}

describe("versions of a case in the browser", () => {
  it("a company reopens and resubmits, the juror sees what changed, and the company withdraws after confirming", async () => {
    const { competitionId, categoryIds } = createOpenCompetition(suite.server.databasePath);
    const title = "Svar innen én time";
    const { caseId, organisationId } = createSubmittedCase(suite.server.databasePath, {
      competitionId,
      categoryId: categoryIds[0],
      title,
    });
    const jurorUser = await createUser(suite.server.databasePath, { role: "juror" });
    assignConfirmed(suite.server.databasePath, caseId, jurorUser.id);
    const [{ id: assignmentId }] = sqlRows<{ id: number }>(
      suite.server.databasePath,
      "SELECT id FROM assignments WHERE case_id = ?",
      caseId,
    ) as [{ id: number }];
    // The juror has started a sheet on version 1.
    sqlRun(
      suite.server.databasePath,
      "INSERT INTO score_sheets (assignment_id, round, score_promise, status, case_version, updated_at) VALUES (?, 'main', 7, 'draft', 1, ?)",
      assignmentId,
      Date.now(),
    );

    const entrant = await loggedInPage(
      await createUser(suite.server.databasePath, { role: "entrant", organisationId }),
    );
    await entrant.goto(`${suite.server.baseUrl}/entrant/cases/${caseId}`);
    await entrant.getByRole("button", { name: "Åpne saken for endringer" }).click();
    await entrant.getByTestId("working-copy-notice").waitFor();
    await expectNoAxeViolations(entrant);
    await entrant.getByLabel("Steg 1: Serviceløftet").fill(`Løftet i ${title}, nå på ti minutter`);
    await entrant.getByRole("button", { name: "Send inn saken" }).click();
    await entrant.waitForURL(/\/receipt$/);

    const juror = await loggedInPage(jurorUser);
    await juror.goto(`${suite.server.baseUrl}/jury/cases/${caseId}`);
    await juror.getByTestId("case-changed").waitFor();
    await juror.getByRole("link", { name: "Se hva som er endret" }).click();
    await juror.getByRole("heading", { name: "Endringer fra versjon 1 til versjon 2" }).waitFor();
    expect(await juror.getByTestId("diff-servicePromise").textContent()).toContain("nå på ti minutter");
    await expectNoAxeViolations(juror);
    await screenshot(juror, "case-versions-juror-diff");

    await entrant.goto(`${suite.server.baseUrl}/entrant/cases/${caseId}`);
    await entrant.getByRole("button", { name: "Trekk saken" }).click();
    await entrant.getByTestId("status-confirmation").waitFor();
    await expectNoAxeViolations(entrant);
    await screenshot(entrant, "case-versions-withdraw-confirmation");
    await entrant.getByRole("button", { name: "Ja, trekk saken" }).click();
    await entrant.getByText("Saken er trukket fra konkurransen.").waitFor();
    await entrant.goto(`${suite.server.baseUrl}/entrant`);
    expect(await entrant.getByTestId("case-stage").textContent()).toBe("Trukket");
  });
});
