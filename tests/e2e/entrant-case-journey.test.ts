import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, screenshot } from "#tests/support/chromium.ts";
import {
  createOpenCompetition,
  mailedVerificationLink,
  SAMPLE_FILES,
  setSubmissionDeadline,
  TEST_PASSWORD,
  uniqueEmail,
} from "#tests/support/factories.ts";
import { browserSuite, newPage } from "#tests/support/browser-suite.ts";

const suite = browserSuite();
let competitionId: number;

beforeAll(() => {
  ({ competitionId } = createOpenCompetition(suite.server.databasePath));
});

async function registeredEntrant(orgNumber: string): Promise<{ page: Page; email: string }> {
  const page = await newPage(suite.browser);
  const email = uniqueEmail("entrant", "kundeglede.no");
  await page.goto(`${suite.server.baseUrl}/register`);
  await page.getByLabel("Bedriftens navn").fill("Kundeglede AS");
  await page.getByLabel("Organisasjonsnummer").fill(orgNumber);
  await page.getByLabel("Fullt navn").fill("Per Service");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Opprett konto" }).click();
  await page.waitForURL(`${suite.server.baseUrl}/verify-email`);
  await page.goto(await mailedVerificationLink(suite.server.dataDir, email));
  await page.waitForURL(`${suite.server.baseUrl}/entrant`);
  return { page, email };
}

const saveState = (page: Page) => page.getByTestId("save-state").textContent();

describe("an entrant writing a case in the browser", () => {
  it("writes over several visits, attaches a PDF, submits, reopens and resubmits, and is locked out after the deadline", async () => {
    const { page } = await registeredEntrant("982463718");
    await page.getByRole("link", { name: "Skriv en ny sak" }).click();
    await page.getByLabel("Tittel").fill("Svar innen én time");
    await page.getByRole("button", { name: "Opprett utkast" }).click();
    await page.waitForURL(/\/entrant\/cases\/\d+$/);
    const casePath = new URL(page.url()).pathname;
    await expectNoAxeViolations(page);

    // First visit: type, and the autosave says when it saved.
    await page.getByLabel("Steg 1: Serviceløftet").fill("Du får svar innen én time, ellers er neste måned gratis.");
    expect(
      await page
        .getByText(/\d+ av 3000 tegn/)
        .first()
        .textContent(),
    ).toBe("56 av 3000 tegn");
    await expect.poll(() => saveState(page), { timeout: 10_000 }).toMatch(/^Lagret \d{2}:\d{2}$/);

    // Second visit: the text is there; write more and save with the button.
    await page.goto(`${suite.server.baseUrl}/entrant`);
    await page.getByRole("link", { name: "Svar innen én time" }).click();
    expect(await page.getByLabel("Steg 1: Serviceløftet").inputValue()).toBe(
      "Du får svar innen én time, ellers er neste måned gratis.",
    );
    await page.getByLabel("Kort sammendrag").fill("Ett løfte alle i kundesenteret kan.");
    await page
      .getByLabel("Steg 2: Forankring")
      .fill("Løftet står på første side i opplæringen. Grensen er åpningstiden.");
    await page.getByLabel("Steg 3: Realisering").fill("Vi måler svartid daglig. NPS gikk fra 31 til 52.");
    await page
      .getByLabel("Velg fil")
      .setInputFiles({ name: "NPS-rapport.pdf", mimeType: "application/pdf", buffer: Buffer.from(SAMPLE_FILES.pdf) });
    await page.getByRole("button", { name: "Last opp" }).click();
    await page.getByRole("link", { name: "NPS-rapport.pdf" }).waitFor();
    // The upload saved the text typed beside it too.
    await expect.poll(() => saveState(page)).toMatch(/^Lagret \d{2}:\d{2}$/);
    await screenshot(page, "case-editor");

    await page.getByRole("button", { name: "Send inn saken" }).click();
    await page.waitForURL(`${suite.server.baseUrl}${casePath}/receipt`);
    await page.getByText("Takk! Saken er sendt inn.").waitFor();
    expect(await page.getByTestId("reference").textContent()).toMatch(/^KSA-\d{4}-\d{4}$/);
    await screenshot(page, "case-receipt");
    await expectNoAxeViolations(page);

    // Reopen, change, submit again.
    await page.getByRole("link", { name: "Tilbake til saken" }).click();
    await page.getByRole("button", { name: "Åpne saken for endringer" }).click();
    await page.getByLabel("Kort sammendrag").fill("Ett løfte alle kan – og holder.");
    await page.getByRole("button", { name: "Send inn saken" }).click();
    await page.waitForURL(`${suite.server.baseUrl}${casePath}/receipt`);

    // After the deadline nothing can be changed.
    setSubmissionDeadline(suite.server.databasePath, competitionId, new Date(Date.now() - 1000));
    try {
      await page.goto(`${suite.server.baseUrl}${casePath}`);
      await page.getByText(/Saken kan ikke lenger endres\./).waitFor();
      expect(await page.getByRole("button", { name: "Åpne saken for endringer" }).count()).toBe(0);
      expect(await page.getByRole("button", { name: "Trekk saken" }).count()).toBe(0);
      await screenshot(page, "case-locked");
    } finally {
      setSubmissionDeadline(suite.server.databasePath, competitionId, new Date(Date.now() + 14 * 86_400_000));
    }
  });

  it("keeps text typed while the session expired and offers it back after logging in again", async () => {
    const { page, email } = await registeredEntrant("971524960");
    await page.getByRole("link", { name: "Skriv en ny sak" }).click();
    await page.getByRole("button", { name: "Opprett utkast" }).click();
    await page.waitForURL(/\/entrant\/cases\/\d+$/);
    const casePath = new URL(page.url()).pathname;

    // The session ends on the server (idle timeout) while the entrant is typing.
    const db = new Database(suite.server.databasePath);
    db.prepare("DELETE FROM sessions").run();
    db.close();
    await page.getByLabel("Steg 3: Realisering").fill("Tekst skrevet etter at økten gikk ut.");
    // The writer stays on the page (the inline login is tested in autosave-journey); leaving it
    // for the login page, the browser's copy is offered back after logging in.
    await page.getByTestId("session-lost").waitFor({ timeout: 10_000 });
    await page.goto(`${suite.server.baseUrl}${casePath}`);
    await page.waitForURL(/\/login\?redirectTo=/, { timeout: 10_000 });

    await page.getByLabel("E-post").fill(email);
    await page.getByLabel("Passord").fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Logg inn" }).click();
    await page.waitForURL(`${suite.server.baseUrl}${casePath}`);
    // The time in Norwegian, as the rest of the page: "kl. 10:19", not "10:19:07 AM".
    await page.getByText(/Vi fant tekst du skrev kl\. \d{2}:\d{2} som ikke ble lagret\./).waitFor();
    expect(await page.getByLabel("Steg 3: Realisering").inputValue()).toBe("");
    await screenshot(page, "case-restore-offer");
    await page.getByRole("button", { name: "Hent tilbake teksten" }).click();
    expect(await page.getByLabel("Steg 3: Realisering").inputValue()).toBe("Tekst skrevet etter at økten gikk ut.");
    await expect.poll(() => saveState(page), { timeout: 10_000 }).toMatch(/^Lagret/);
    await page.reload();
    expect(await page.getByLabel("Steg 3: Realisering").inputValue()).toBe("Tekst skrevet etter at økten gikk ut.");
  });
});
