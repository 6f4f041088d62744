import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createUser, sqlRun } from "#tests/support/factories.ts";
import { browserSuite, newPage } from "#tests/support/browser-suite.ts";

// The browser gets only the page's language (app/i18n/catalogue.ts): these are the ways the
// language changes, with and without JavaScript.

const suite = browserSuite();

async function pageWithErrors(javaScriptEnabled = true): Promise<{ page: Page; errors: string[] }> {
  const page = await newPage(suite.browser, { javaScriptEnabled });
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return { page, errors };
}

describe("the language of the portal in the browser", () => {
  it("switches to English without JavaScript", async () => {
    const { page } = await pageWithErrors(false);
    await page.goto(`${suite.server.baseUrl}/`);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("link", { name: "Log in" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");
  });

  it("opens in the account's language after logging in from a Norwegian page, loading English on the way", async () => {
    const user = await createUser(suite.server.databasePath, { role: "chair" });
    sqlRun(suite.server.databasePath, "UPDATE users SET locale = 'en' WHERE id = ?", user.id);
    const { page, errors } = await pageWithErrors();
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${suite.server.baseUrl}/login`, { waitUntil: "networkidle" });
    expect(scripts.filter((path) => /\/assets\/(nb|en)-/.test(path)).map((path) => path.slice(8, 10))).toEqual(["nb"]);

    await page.getByLabel("E-post").fill(user.email);
    await page.getByLabel("Passord").fill(user.password);
    await page.getByRole("button", { name: "Logg inn" }).click();
    await page.waitForURL(`${suite.server.baseUrl}/chair`);
    await expect.poll(() => page.getByRole("button", { name: "Log out" }).count()).toBe(1);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(scripts.some((path) => /^\/assets\/en-/.test(path))).toBe(true);
    expect(errors).toEqual([]);
  });
});
