import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "#tests/support/chromium.ts";
import { createUser, sqlRun } from "#tests/support/factories.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// The browser gets only the page's language (app/i18n/catalogue.ts): these are the ways the
// language changes, with and without JavaScript.

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(javaScriptEnabled = true): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: "nb-NO", timezoneId: "Europe/Oslo", javaScriptEnabled });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return { page, errors };
}

describe("the language of the portal in the browser", () => {
  it("switches to English without JavaScript", async () => {
    const { page } = await newPage(false);
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("link", { name: "Log in" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");
  });

  it("opens in the account's language after logging in from a Norwegian page, loading English on the way", async () => {
    const user = await createUser(server.databasePath, { role: "chair" });
    sqlRun(server.databasePath, "UPDATE users SET locale = 'en' WHERE id = ?", user.id);
    const { page, errors } = await newPage();
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${server.baseUrl}/login`, { waitUntil: "networkidle" });
    expect(scripts.filter((path) => /\/assets\/(nb|en)-/.test(path)).map((path) => path.slice(8, 10))).toEqual(["nb"]);

    await page.getByLabel("E-post").fill(user.email);
    await page.getByLabel("Passord").fill(user.password);
    await page.getByRole("button", { name: "Logg inn" }).click();
    await page.waitForURL(`${server.baseUrl}/chair`);
    await expect.poll(() => page.getByRole("button", { name: "Log out" }).count()).toBe(1);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(scripts.some((path) => /^\/assets\/en-/.test(path))).toBe(true);
    expect(errors).toEqual([]);
  });
});
