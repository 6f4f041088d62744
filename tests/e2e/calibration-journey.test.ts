// Issue 16, calibration round (ADR 0032) in the browser: the chair writes a sample case and opens
// the round, a juror is sent from a real case to the calibration, scores the sample on the ordinary
// sheet, sees how they compare, and may then score the real case.
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "#tests/support/chromium.ts";
import { assignConfirmed, createOpenCompetition, createSubmittedCase, createUser } from "#tests/support/factories.ts";
import { loggedIn } from "#tests/support/http-client.ts";
import { browserSuite, logIn, newPage } from "#tests/support/browser-suite.ts";

const suite = browserSuite();

describe("the calibration round in the browser", () => {
  it("the chair opens a round, a juror calibrates before scoring and sees how they compare", async () => {
    const { databasePath, baseUrl } = suite.server;
    const { competitionId, categoryIds } = createOpenCompetition(databasePath);
    const { caseId } = createSubmittedCase(databasePath, {
      competitionId,
      categoryId: categoryIds[0],
      title: "Svar innen én time",
    });
    const jurorUsers = [];
    for (const name of ["Åse Først", "Bo Andre", "Cato Tredje"]) {
      const user = await createUser(databasePath, { role: "juror", name });
      assignConfirmed(databasePath, caseId, user.id);
      jurorUsers.push(user);
    }
    const chairUser = await createUser(databasePath, { role: "chair" });

    const chair = await newPage(suite.browser);
    await logIn(chair, baseUrl, chairUser, `${baseUrl}/chair`);
    await chair.goto(`${baseUrl}/chair/jury?competition=${competitionId}`);
    await chair.getByRole("link", { name: "Kalibreringsrunde med prøvesaker" }).click();
    await chair.getByText("Ingen kalibreringsrunde er åpnet for denne konkurransen.").waitFor();
    // Nothing written: every missing field at once, in the summary.
    await chair.getByRole("button", { name: "Åpne kalibreringsrunden" }).click();
    await chair.getByText("Skjemaet må rettes før det kan sendes").waitFor();
    expect(await chair.getByRole("link", { name: "Fyll ut feltet." }).count()).toBe(4);
    await expectNoAxeViolations(chair);

    const first = chair.getByRole("group", { name: "Prøvesak 1" });
    await first.getByLabel("Tittel").fill("Prøvesak Fjordbanken");
    await first.getByLabel("Steg 1: Serviceløftet").fill("Vi svarer innen én time, alle dager.");
    await first.getByLabel("Steg 2: Forankring").fill("Alle i kundesenteret har løftet på skjermen.");
    await first.getByLabel("Steg 3: Realisering").fill("Målt hver uke; 97 % svart innen en time i fjor.");
    await chair.getByRole("button", { name: "Åpne kalibreringsrunden" }).click();
    await chair.getByText("Kalibreringsrunden er åpnet.").waitFor();
    // Å sorts last, the Norwegian way.
    await chair.getByText("Ikke levert ennå (3): Bo Andre, Cato Tredje, Åse Først.").waitFor();

    // Two jurors have already submitted theirs, through the form as a browser without script would.
    const sampleLink = /\/jury\/calibration\/\d+/;
    for (const [index, score] of [
      [0, "8"],
      [1, "7"],
    ] as const) {
      const client = await loggedIn(baseUrl, jurorUsers[index]!);
      const path = sampleLink.exec(await (await client.get("/jury")).text())![0];
      const posted = await client.post(path, {
        intent: "finalise",
        scorePromise: score,
        scoreAnchoring: score,
        scoreRealisation: score,
      });
      expect(posted.status).toBe(302);
    }

    const juror = await newPage(suite.browser);
    await logIn(juror, baseUrl, jurorUsers[2]!, `${baseUrl}/jury`);
    await juror.getByRole("heading", { name: "Kalibrering først" }).waitFor();
    // The real case waits, and says where to go.
    await juror.getByRole("link", { name: /Svar innen én time/ }).click();
    await juror.getByTestId("calibration-first").waitFor();
    expect(await juror.locator("#score-sheet").count()).toBe(0);
    await juror.getByRole("link", { name: "Gå til kalibreringen" }).click();
    await juror.getByText("Dette er en prøvesak til kalibreringen.", { exact: false }).waitFor();
    await juror.getByText("Når du leverer skjemaet", { exact: false }).waitFor();
    await expectNoAxeViolations(juror);

    for (const step of ["Steg 1: Serviceløftet", "Steg 2: Forankring", "Steg 3: Realisering"]) {
      await juror
        .getByRole("radiogroup", { name: `${step}: Poeng` })
        .getByText("4", { exact: true })
        .click();
    }
    await juror.getByRole("button", { name: "Ferdigstill vurderingen" }).click();
    await juror.getByText("Sammenlignet med 2 andre leverte skjemaer så langt.", { exact: false }).waitFor();
    expect(await juror.getByTestId("comparison-verdict").textContent()).toBe(
      "Summen din er 3,50 poeng under de andres median: du vurderer denne saken strengere enn resten av juryen.",
    );
    await juror.getByText("Du har levert skjemaet for denne prøvesaken. Det kan ikke endres.").waitFor();
    expect(await juror.getByRole("button", { name: "Ferdigstill vurderingen" }).count()).toBe(0);
    expect(await juror.content()).not.toMatch(/Åse Først|Bo Andre/);
    await expectNoAxeViolations(juror);

    // Calibrated: the real case's sheet is there now.
    await juror.goto(`${baseUrl}/jury/cases/${caseId}`);
    await juror.locator("#score-sheet").waitFor();

    await chair.reload();
    await chair.getByText("Alle jurymedlemmer har levert.").waitFor();
    await chair.getByText("Spredning i summene: 4,00–8,00 (avstand 4,00).").waitFor();
    await expectNoAxeViolations(chair);
  });
});
