import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, screenshot } from "#tests/support/chromium.ts";
import { createOpenCompetition, createUser, sqlRows } from "#tests/support/factories.ts";
import { browserSuite, logIn, newPage } from "#tests/support/browser-suite.ts";

const suite = browserSuite();

beforeAll(() => {
  createOpenCompetition(suite.server.databasePath);
});

/** Two approved members of one company. */
async function colleagues() {
  const anna = await createUser(suite.server.databasePath, { role: "entrant", name: "Anna Først" });
  const { organisationId } = sqlRows<{ organisationId: number }>(
    suite.server.databasePath,
    "select organisation_id as organisationId from users where id = ?",
    anna.id,
  )[0]!;
  const bjorn = await createUser(suite.server.databasePath, { role: "entrant", name: "Bjørn Andre", organisationId });
  return { anna, bjorn };
}

async function entrantPage(credentials: { email: string; password: string }): Promise<Page> {
  const page = await newPage(suite.browser);
  await logIn(page, suite.server.baseUrl, credentials, `${suite.server.baseUrl}/entrant`);
  return page;
}

async function newCase(page: Page): Promise<{ path: string; id: number }> {
  await page.getByRole("link", { name: "Skriv en ny sak" }).click();
  await page.getByRole("button", { name: "Opprett utkast" }).click();
  await page.waitForURL(/\/entrant\/cases\/\d+$/);
  const path = new URL(page.url()).pathname;
  return { path, id: Number(path.split("/").pop()) };
}

function stored(caseId: number) {
  const db = new Database(suite.server.databasePath, { readonly: true });
  try {
    return db
      .prepare(
        "select summary, service_promise as step1, anchoring as step2, realisation as step3 from cases where id = ?",
      )
      .get(caseId) as { summary: string; step1: string; step2: string; step3: string };
  } finally {
    db.close();
  }
}

const saveState = (page: Page) => page.getByTestId("save-state").textContent();
const saved = (page: Page) => expect.poll(() => saveState(page), { timeout: 10_000 }).toMatch(/^Lagret \d{2}:\d{2}$/);

describe("autosave that never loses text", () => {
  it("two colleagues edit the same case: edits to different steps merge, one conflict is resolved, autosave carries on", async () => {
    const { anna, bjorn } = await colleagues();
    const annaPage = await entrantPage(anna);
    const { path, id } = await newCase(annaPage);
    const bjornPage = await entrantPage(bjorn);
    await bjornPage.goto(`${suite.server.baseUrl}${path}`);

    await annaPage.getByLabel("Steg 1: Serviceløftet", { exact: true }).fill("Annas løfte");
    await saved(annaPage);

    // Bjørn still has the version from before Anna's save: step 1 clashes, step 3 is his alone.
    await bjornPage.getByLabel("Steg 3: Realisering").fill("Bjørns måling");
    await bjornPage.getByLabel("Steg 1: Serviceløftet", { exact: true }).fill("Bjørns løfte");
    const conflict = bjornPage.getByTestId("case-conflict");
    await conflict.waitFor({ timeout: 10_000 });
    expect(await conflict.textContent()).toContain("Steg 1: Serviceløftet: begge har endret feltet");
    expect(await conflict.textContent()).toContain("Annas løfte");
    expect(await conflict.textContent()).toContain("Lagret av Anna Først");
    expect(stored(id)).toMatchObject({ step1: "Annas løfte", step3: "Bjørns måling" });
    // Nothing typed is lost: his text stays in the field.
    expect(await bjornPage.getByLabel("Steg 1: Serviceløftet", { exact: true }).inputValue()).toBe("Bjørns løfte");
    await screenshot(bjornPage, "case-merge-conflict");
    await expectNoAxeViolations(bjornPage);

    await conflict.getByRole("button", { name: "Behold min" }).click();
    await saved(bjornPage);
    expect(await conflict.count()).toBe(0);
    expect(stored(id)).toMatchObject({ step1: "Bjørns løfte", step3: "Bjørns måling" });

    // Autosave carries on after the conflict.
    await bjornPage.getByLabel("Steg 2: Forankring").fill("Skrevet etter konflikten");
    await saved(bjornPage);
    expect(stored(id)).toEqual({
      summary: "",
      step1: "Bjørns løfte",
      step2: "Skrevet etter konflikten",
      step3: "Bjørns måling",
    });

    // Anna's next save does not revert the steps she did not touch; her page takes them in.
    await annaPage.getByLabel("Kort sammendrag").fill("Annas sammendrag");
    await saved(annaPage);
    expect(stored(id)).toEqual({
      summary: "Annas sammendrag",
      step1: "Bjørns løfte",
      step2: "Skrevet etter konflikten",
      step3: "Bjørns måling",
    });
    expect(await annaPage.getByLabel("Steg 1: Serviceløftet", { exact: true }).inputValue()).toBe("Bjørns løfte");
    await bjornPage.reload();
    expect(await bjornPage.getByLabel("Kort sammendrag").inputValue()).toBe("Annas sammendrag");
  });

  it("the session expires mid-sentence: the writer stays, logs in on the page, and the text is saved", async () => {
    const { anna } = await colleagues();
    const page = await entrantPage(anna);
    const { path, id } = await newCase(page);

    const db = new Database(suite.server.databasePath);
    db.prepare("DELETE FROM sessions").run();
    db.close();
    const field = page.getByLabel("Steg 3: Realisering");
    await field.fill("Midt i en setning");
    const notice = page.getByTestId("session-lost");
    await notice.waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).pathname).toBe(path);
    expect(await notice.textContent()).toContain("Du er logget ut. Teksten din er ikke borte");
    await field.pressSequentially(" som fortsetter");
    expect(await field.inputValue()).toBe("Midt i en setning som fortsetter");
    expect(stored(id).step3).toBe("");
    await screenshot(page, "case-session-lost");
    await expectNoAxeViolations(page);

    // A wrong password says so and keeps the writer here.
    await notice.getByLabel("E-post").fill(anna.email);
    await notice.getByLabel("Passord").fill("feil passord");
    await notice.getByRole("button", { name: "Logg inn og lagre" }).click();
    await notice.getByText("Feil e-post eller passord.").waitFor();

    await notice.getByLabel("Passord").fill(anna.password);
    await notice.getByRole("button", { name: "Logg inn og lagre" }).click();
    await saved(page);
    expect(await notice.count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe(path);
    expect(stored(id).step3).toBe("Midt i en setning som fortsetter");
  });
});
