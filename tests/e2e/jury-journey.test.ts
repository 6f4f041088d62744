import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, screenshot } from "#tests/support/chromium.ts";
import {
  createOpenCompetition,
  createSubmittedCase,
  createUser,
  TEST_PASSWORD,
  uniqueEmail,
} from "#tests/support/factories.ts";
import { smtpEnv, startSmtpCatcher, type SmtpCatcher } from "#tests/support/smtp-catcher.ts";
import { browserSuite, logIn, newPage } from "#tests/support/browser-suite.ts";

let smtp: SmtpCatcher;

beforeAll(async () => {
  smtp = await startSmtpCatcher();
});

// Registered before the suite: Vitest runs afterAll hooks last-first, so the catcher stops after the server.
afterAll(async () => {
  await smtp?.stop();
});

const suite = browserSuite(() => ({ env: smtpEnv(smtp) }));

describe("the jury in the browser", () => {
  it("the chair invites a juror by mail, the juror signs up from the link, scores three cases, and the chair sees the progress", async () => {
    const { competitionId, categoryIds } = createOpenCompetition(suite.server.databasePath);
    const titles = ["Svar innen én time", "Pengene tilbake samme dag", "Et menneske på telefonen"];
    for (const title of titles)
      createSubmittedCase(suite.server.databasePath, { competitionId, categoryId: categoryIds[0], title });
    // The competition wants three sheets per case: two jurors are already on the jury.
    for (const name of ["Per Eksisterende", "Lise Eksisterende"])
      await createUser(suite.server.databasePath, { role: "juror", name });
    const chairUser = await createUser(suite.server.databasePath, { role: "chair" });

    const chair = await newPage(suite.browser);
    await logIn(chair, suite.server.baseUrl, chairUser, `${suite.server.baseUrl}/chair`);
    await chair.getByRole("link", { name: "Jurymedlemmer" }).click();
    const jurorEmail = uniqueEmail("ny-jurymedlem");
    const mailsBefore = smtp.messages.length;
    await chair.getByLabel("E-post til jurymedlemmet").fill(jurorEmail);
    await chair.getByRole("button", { name: "Send invitasjon" }).click();
    await chair.getByText(`Invitasjonen er sendt til ${jurorEmail}.`).waitFor();
    await expectNoAxeViolations(chair);

    const invitation = await smtp.nextTo(jurorEmail, mailsBefore);
    const link = /https?:\/\/\S+\/invitations\/[\w-]+/.exec(invitation.text ?? "")![0];

    const juror = await newPage(suite.browser);
    await juror.goto(link);
    await juror.getByText(`invitert til juryen i Kundeservice Awards som ${jurorEmail}`).waitFor();
    await expectNoAxeViolations(juror);
    await juror.getByLabel("Fullt navn").fill("Nora Ny");
    await juror.getByLabel("Passord").fill(TEST_PASSWORD);
    await juror.getByRole("button", { name: "Opprett jurykonto" }).click();
    await juror.waitForURL(`${suite.server.baseUrl}/jury`);
    await juror.getByText("Du har ikke fått tildelt noen saker ennå.").waitFor();

    await chair.goto(`${suite.server.baseUrl}/chair`);
    await chair.getByRole("link", { name: "Juryarbeid" }).click();
    await chair.getByRole("button", { name: "Forslag til fordeling" }).click();
    await chair.getByTestId("assignment-preview").waitFor();
    expect(await chair.getByTestId("assignment-preview").textContent()).toContain("9 nye tildelinger");
    await chair.getByRole("button", { name: "Lagre fordelingen" }).click();
    await chair.getByText("9 tildelinger er lagret, og jurymedlemmene er varslet.").waitFor();
    const assignedMail = await smtp.nextTo(jurorEmail, mailsBefore + 1);
    expect(assignedMail.subject).toBe("Nye saker å vurdere i Kundeservice Awards");
    expect(assignedMail.text).toContain("Du har fått 3 nye saker");

    await juror.reload();
    expect(await juror.getByTestId("progress").textContent()).toBe("0 av 3 vurdert");
    for (let index = 0; index < 3; index += 1) {
      await juror
        .getByTestId("juror-case")
        .filter({ hasText: "Ikke startet – bekreft habilitet" })
        .first()
        .getByRole("link")
        .click();
      await juror.getByRole("button", { name: "Jeg har ingen interessekonflikt" }).click();
      await juror.getByRole("heading", { name: "Vurdering" }).waitFor();
      if (index === 0) await expectNoAxeViolations(juror);

      // The keyboard way for the first step: focus the scale, arrow to the score.
      const promise = juror.getByRole("radiogroup", { name: "Steg 1: Serviceløftet: Poeng" });
      await promise.getByRole("radio", { name: "5", exact: true }).focus();
      await juror.keyboard.press("Space");
      await juror.keyboard.press("ArrowRight");
      await juror.keyboard.press("ArrowRight");
      await juror.keyboard.press("ArrowRight");
      expect(await promise.getByRole("radio", { name: "8", exact: true }).isChecked()).toBe(true);
      await juror
        .getByRole("radiogroup", { name: "Steg 2: Forankring: Poeng" })
        .getByRole("radio", { name: "6", exact: true })
        .check();
      expect(await juror.getByTestId("weighted-total").textContent()).toBe(
        "Den vektede summen vises når alle tre stegene har poeng.",
      );
      await juror
        .getByRole("radiogroup", { name: "Steg 3: Realisering: Poeng" })
        .getByRole("radio", { name: String(5 + index), exact: true })
        .check();
      const expected = (0.3 * 8 + 0.3 * 6 + 0.4 * (5 + index)).toFixed(2).replace(".", ",");
      expect(await juror.getByTestId("weighted-total").textContent()).toBe(`Din vektede sum: ${expected}`);
      await juror.getByLabel("Samlet kommentar").fill(`Vurdering nummer ${index + 1}: et tydelig og modig løfte.`);
      await juror.getByRole("button", { name: "Ferdigstill vurderingen" }).click();
      await juror.getByText("Vurderingen er ferdig.").waitFor();
      if (index === 0) await screenshot(juror, "juror-score-sheet");
      await juror.getByRole("link", { name: "Juryoppgaver" }).click();
      await juror.waitForURL(`${suite.server.baseUrl}/jury`);
    }
    expect(await juror.getByTestId("progress").textContent()).toBe("3 av 3 vurdert");

    await chair.reload();
    const row = chair.getByTestId("juror-progress").filter({ hasText: "Nora Ny" });
    expect((await row.locator("td").allTextContents()).join(" | ")).toBe("3 | 3 | 0 | Ferdig | Aldri");
    expect(
      await chair
        .getByTestId("juror-progress")
        .filter({ hasText: "Per Eksisterende" })
        .locator("td")
        .nth(3)
        .textContent(),
    ).toBe("Henger etter");
    await screenshot(chair, "chair-jury-overview");
    await expectNoAxeViolations(chair);
  });
});
