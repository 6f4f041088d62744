import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, launchBrowser, screenshot } from "#tests/support/chromium.ts";
import { sqlRows, TEST_PASSWORD } from "#tests/support/factories.ts";
import { createScoredCompetition, evenScores } from "#tests/support/scored-competition.ts";
import { smtpEnv, startSmtpCatcher, type SmtpCatcher } from "#tests/support/smtp-catcher.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// Issue 15: a final round followed from its opening to the entrant reading the jury's reasoning.

let smtp: SmtpCatcher;
let server: TestServer;
let browser: Browser;
let scored: Awaited<ReturnType<typeof createScoredCompetition>>;

const DEADLINE_SHOWN = "1. juni 2099 kl. 12:00";
const REASONING = "Fjell holdt hvert løfte i finalen, og kundene merket det hver dag.";

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  [server, browser] = await Promise.all([startTestServer({ env: smtpEnv(smtp) }), launchBrowser()]);
  // Scored, locked and the finalists published (Sol and Fjell; Hav alone in its category).
  scored = await createScoredCompetition(server);
  const { publish } = scored;
  await scored.lockScoring();
  expect((await publish({ intent: "prepare-finalists", finalistCount: "2", ...scored.includeHav() })).status).toBe(302);
  expect((await publish({ intent: "publish-finalists" })).status).toBe(302);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.stop();
});

const emailOf = (sql: string) => sqlRows<{ email: string }>(server.databasePath, sql)[0]!.email;

async function logIn(where: string, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "nb-NO", timezoneId: "Europe/Oslo" })).newPage();
  await page.goto(`${server.baseUrl}/login`);
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL(`${server.baseUrl}/${where}`);
  return page;
}

describe("a final round in the browser", () => {
  it("opens with a deadline, is scored and reminded, decides the winner, and the winner reads the jury's reasoning", async () => {
    const { competitionId, cases } = scored;
    const chair = await logIn("chair", emailOf("SELECT email FROM users WHERE role = 'chair'"));
    await chair.goto(`${server.baseUrl}/chair/publish?competition=${competitionId}`);
    const finalRound = chair.getByTestId("final-round");
    await finalRound.getByLabel("Frist for finalerunden").fill("2099-06-01T12:00");
    await finalRound.getByRole("button", { name: "Åpne finalerunde" }).click();
    await finalRound.getByText(`Frist for finalerunden: ${DEADLINE_SHOWN}.`).waitFor();
    expect(await finalRound.getByTestId("final-round-bar").textContent()).toBe("0 av 9 finaleskjemaer ferdige");
    await expectNoAxeViolations(chair);

    // The juror sees which round is open, until when, and how far they are.
    const juror = await logIn("jury", emailOf("SELECT email FROM users WHERE name = 'Jurymedlem Én'"));
    expect(await juror.getByTestId("round-status").textContent()).toContain(
      `Finalerunden er åpen til ${DEADLINE_SHOWN}.`,
    );
    expect(await juror.getByText("Poenggivningen er stengt").count()).toBe(0);
    expect(await juror.getByTestId("final-round-bar").textContent()).toBe("0 av 3 finalister vurdert");
    await expectNoAxeViolations(juror);
    await screenshot(juror, "juror-final-round");
    await juror.getByTestId("final-round-case").filter({ hasText: "Fjell holder fristen" }).getByRole("link").click();
    await juror.getByText("Finalerunde – nytt skjema for finalisten").waitFor();
    for (const step of ["Steg 1: Serviceløftet", "Steg 2: Forankring", "Steg 3: Realisering"]) {
      await juror
        .getByRole("radiogroup", { name: `${step}: Poeng` })
        .getByRole("radio", { name: "10", exact: true })
        .check();
    }
    await juror.getByLabel("Samlet kommentar").fill("Finalen viste et løfte som holder.");
    await juror.getByRole("button", { name: "Ferdigstill vurderingen" }).click();
    await juror.getByText("Vurderingen er ferdig.").waitFor();
    await juror.getByRole("link", { name: "Juryoppgaver" }).click();
    await juror.waitForURL(`${server.baseUrl}/jury`);
    expect(await juror.getByTestId("final-round-bar").textContent()).toBe("1 av 3 finalister vurdert");

    // The rest of the sheets over HTTP: Én and To finish, Tre stays behind.
    const sheets = [
      [scored.jurors[0]!, cases.sol.caseId, 5],
      [scored.jurors[0]!, cases.hav.caseId, 8],
      [scored.jurors[1]!, cases.sol.caseId, 5],
      [scored.jurors[1]!, cases.fjell.caseId, 10],
      [scored.jurors[1]!, cases.hav.caseId, 8],
    ] as const;
    for (const [client, caseId, score] of sheets) {
      const response = await client.post(`/jury/cases/${caseId}?round=final`, {
        intent: "finalise",
        ...evenScores(score, `Finalekommentar om sak ${caseId}`),
      });
      expect(response.status).toBe(302);
    }

    await chair.goto(`${server.baseUrl}/chair/jury?competition=${competitionId}`);
    expect(await chair.getByTestId("final-round-bar").textContent()).toBe("6 av 9 finaleskjemaer ferdige");
    const behind = emailOf("SELECT email FROM users WHERE name = 'Jurymedlem Tre'");
    const mailsBefore = smtp.messages.length;
    // The reminder is chosen and previewed before it goes: the one juror behind is ticked.
    await chair.getByRole("button", { name: "Forbered påminnelse om finalerunden til dem som henger etter" }).click();
    await chair.getByRole("heading", { name: "Påminnelse om finalerunden" }).waitFor();
    await chair.getByRole("button", { name: "Forhåndsvis" }).click();
    await chair.getByText("Påminnelse: finalerunden venter på din vurdering").waitFor();
    expect(smtp.messages.slice(mailsBefore)).toHaveLength(0);
    await expectNoAxeViolations(chair);
    await chair.getByRole("button", { name: "Send påminnelsen til 1 jurymedlem" }).click();
    await chair.getByText("Påminnelse er sendt til 1 jurymedlem.").waitFor();
    const reminder = await smtp.nextTo(behind, mailsBefore);
    expect(reminder.subject).toBe("Påminnelse: finalerunden venter på din vurdering");
    expect(reminder.text).toContain(`Fristen for finalerunden er ${DEADLINE_SHOWN}`);
    expect(smtp.messages.slice(mailsBefore)).toHaveLength(1);

    await chair.goto(`${server.baseUrl}/chair/publish?competition=${competitionId}`);
    await chair.getByRole("button", { name: "Lås finalerunden" }).click();
    const winners = chair.getByTestId("stage-winners");
    // The final round decided: Fjell, not Sol who led the main round, stands beside the reasoning.
    await winners.getByLabel("Juryens begrunnelse – Store virksomheter: «Fjell holder fristen»").fill(REASONING);
    await winners
      .getByLabel("Juryens begrunnelse – Små og mellomstore virksomheter: «Hav har ingen kø»")
      .fill("Alene i klassen, og god nok til å vinne den.");
    await winners
      .getByLabel("Begrunnelse for å publisere med for få finaleskjemaer")
      .fill("Ett jurymedlem rakk ikke finalen.");
    await winners.getByRole("button", { name: "Forbered og forhåndsvis" }).click();
    const preview = chair.getByTestId("preview-winners");
    await preview.getByText(REASONING).waitFor();
    expect(
      await preview
        .getByRole("region", { name: "Store virksomheter", exact: true })
        .getByTestId("winner")
        .allTextContents(),
    ).toEqual([expect.stringContaining("Fjell holder fristen")]);
    await expectNoAxeViolations(chair);
    await screenshot(chair, "chair-winners-reasoning");
    await chair.getByTestId("stage-winners").getByRole("button", { name: "Publiser nå og send e-postene" }).click();
    await chair.getByText(/Publisert\. \d+ e-poster sendt, 0 feilet\./).waitFor();

    const visitor = await (await browser.newContext({ locale: "nb-NO" })).newPage();
    await visitor.goto(`${server.baseUrl}/results/${scored.year}`);
    await visitor.getByText(REASONING).waitFor();
    expect(
      await visitor
        .getByRole("region", { name: "Store virksomheter", exact: true })
        .getByTestId("winner")
        .allTextContents(),
    ).toEqual([expect.stringContaining("Fjell holder fristen")]);

    const entrant = await logIn("entrant", emailOf("SELECT email FROM users WHERE name = 'Kontakt fjell'"));
    await entrant.goto(`${server.baseUrl}/entrant/cases/${cases.fjell.caseId}/result`);
    await entrant.getByText("Gratulerer! Saken vant kategorien sin.").waitFor();
    expect(await entrant.getByTestId("reasoning").textContent()).toContain(REASONING);
    await expectNoAxeViolations(entrant);
    await screenshot(entrant, "entrant-result-reasoning");
  });
});
