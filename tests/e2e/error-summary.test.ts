import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, screenshot } from "#tests/support/chromium.ts";
import { createOpenCompetition, createUser } from "#tests/support/factories.ts";
import { loggedIn, type HttpClient } from "#tests/support/http-client.ts";
import { browserSuite, newPage } from "#tests/support/browser-suite.ts";

// A failed submit lands the reader on the error summary, with JavaScript (the focus is moved once
// the answer is shown) and without (the server's page autofocuses it), and every error is a link.

const suite = browserSuite();
let categoryId: number;

beforeAll(() => {
  ({
    categoryIds: [categoryId],
  } = createOpenCompetition(suite.server.databasePath));
});

async function pageFor(javaScriptEnabled: boolean, client?: HttpClient): Promise<Page> {
  const page = await newPage(suite.browser, { javaScriptEnabled });
  if (client) {
    const cookies = client
      .cookieHeader()
      .split("; ")
      .map((pair) => pair.split("="))
      .map(([name = "", value = ""]) => ({ name, value, url: suite.server.baseUrl }));
    await page.context().addCookies(cookies);
  }
  return page;
}

/** A fresh draft with only its title, and a page logged in as its writer. */
async function draftCase(javaScriptEnabled: boolean): Promise<{ page: Page; path: string }> {
  const client = await loggedIn(suite.server.baseUrl, await createUser(suite.server.databasePath, { role: "entrant" }));
  const created = await client.post("/entrant/cases/new", { categoryId: String(categoryId), title: "Utkast" });
  expect(created.status).toBe(302);
  return { page: await pageFor(javaScriptEnabled, client), path: created.headers.get("location")! };
}

/**
 * Opens the page once its scripts have run, marking the document: the mark still there after the
 * answer shows it came the JavaScript way, without a page load.
 */
async function openHydrated(page: Page, path: string) {
  await page.goto(`${suite.server.baseUrl}${path}`, { waitUntil: "networkidle" });
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
}
const sameDocument = (page: Page) => page.evaluate(() => "sameDocument" in window);

const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName ?? null);

/** The summary's id and, per item, its text and the id it links to. */
async function summaryOnPage(page: Page) {
  const summary = page.getByTestId("error-summary");
  await summary.waitFor();
  const items = await summary.locator("li").evaluateAll((elements) =>
    elements.map((element) => ({
      text: element.textContent,
      target: element.querySelector("a")?.getAttribute("href")?.slice(1) ?? null,
    })),
  );
  const inView = await summary.evaluate((element) => {
    const { top, bottom } = element.getBoundingClientRect();
    return top >= 0 && bottom <= window.innerHeight;
  });
  return { id: await summary.getAttribute("id"), items, inView };
}

const REQUIRED_TO_SUBMIT = "Fyll ut feltet før du sender inn saken.";
const TOO_LONG = "Teksten er for lang. Kort den ned til grensen som står under feltet.";

describe("a failed submit of the case", () => {
  it("with JavaScript: the summary gets the focus, lists every missing and over-long field, and links to each", async () => {
    const { page, path } = await draftCase(true);
    await openHydrated(page, path);
    await page.getByLabel("Kort sammendrag").fill("x".repeat(601));
    await page.getByRole("button", { name: "Send inn saken" }).click();

    const summary = await summaryOnPage(page);
    expect(summary.id).toBe("case-form-error");
    await expect.poll(() => focused(page)).toBe("case-form-error");
    expect(await sameDocument(page)).toBe(true);
    expect(summary.items).toEqual([
      { text: TOO_LONG, target: "case-summary" },
      { text: REQUIRED_TO_SUBMIT, target: "case-servicePromise" },
      { text: REQUIRED_TO_SUBMIT, target: "case-anchoring" },
      { text: REQUIRED_TO_SUBMIT, target: "case-realisation" },
    ]);
    await screenshot(page, "case-submit-error-summary");
    await expectNoAxeViolations(page);

    // Each link takes the reader to its field.
    for (const { target } of summary.items) {
      await page.locator(`[data-testid="error-summary"] a[href="#${target}"]`).click();
      expect(await focused(page)).toBe(target);
    }

    // A second failed submit moves the focus back to the summary.
    await page.getByRole("button", { name: "Send inn saken" }).click();
    await expect.poll(() => focused(page)).toBe("case-form-error");
  });

  it("without JavaScript: the answer's page lands on the summary", async () => {
    const { page, path } = await draftCase(false);
    await page.goto(`${suite.server.baseUrl}${path}`);
    await page.getByRole("button", { name: "Send inn saken" }).click();
    await page.waitForLoadState("load");

    const summary = await summaryOnPage(page);
    await expect.poll(() => focused(page)).toBe("case-form-error");
    expect(summary.inView).toBe(true);
    expect(summary.items.map((item) => item.target)).toEqual([
      "case-summary",
      "case-servicePromise",
      "case-anchoring",
      "case-realisation",
    ]);

    // The links are plain fragments: the browser takes the reader to the field.
    await page.locator('[data-testid="error-summary"] a[href="#case-anchoring"]').click();
    expect(await focused(page)).toBe("case-anchoring");
  });
});

describe("a failed registration", () => {
  async function submitBadRegistration(page: Page, javaScript: boolean) {
    if (javaScript) await openHydrated(page, "/register");
    else await page.goto(`${suite.server.baseUrl}/register`);
    if (javaScript) {
      // The browser's check loads once the form is focused; fields are checked on leaving them after that.
      const check = page.waitForResponse((response) => /\/assets\/account-validation-/.test(response.url()));
      await page.getByLabel("Bedriftens navn").focus();
      await check;
    }
    await page.getByLabel("Bedriftens navn").fill("Kundeglede AS");
    await page.getByLabel("E-post").fill("ikke-en-adresse");
    await page.getByLabel("Passord").fill("kort");
    // Leaving the field shows its error under it, which moves the button: leave it before clicking.
    await page.getByLabel("Passord").blur();
    // Errors found while filling in stand under their fields; the summary waits for a submit.
    if (javaScript) await page.getByText("Skriv en gyldig e-postadresse, for eksempel navn@bedrift.no.").waitFor();
    expect(await page.getByTestId("error-summary").count()).toBe(0);
    await page.getByRole("button", { name: "Opprett konto" }).click();
    return summaryOnPage(page);
  }

  const EXPECTED = [
    "Fyll ut feltet.",
    "Fyll ut feltet.",
    "Skriv en gyldig e-postadresse, for eksempel navn@bedrift.no.",
    "Passordet må ha minst 10 tegn.",
  ];

  it("with JavaScript: every error at once in the focused summary", async () => {
    const page = await pageFor(true);
    const summary = await submitBadRegistration(page, true);
    await expect.poll(() => focused(page)).toBe(summary.id);
    expect(await sameDocument(page)).toBe(true);
    expect(summary.items.map((item) => item.text)).toEqual(EXPECTED);
    for (const { target } of summary.items) {
      await page.locator(`[data-testid="error-summary"] a[href="#${target}"]`).click();
      expect(await focused(page)).toBe(target);
    }
  });

  it("without JavaScript: the same list, focused on load", async () => {
    const page = await pageFor(false);
    const summary = await submitBadRegistration(page, false);
    await expect.poll(() => focused(page)).toBe(summary.id);
    expect(summary.items.map((item) => item.text)).toEqual(EXPECTED);
  });
});
