import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "#tests/support/chromium.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

// Login and registration load their browser-side check when the form is first focused
// (useOnDemand); these pages must still check a field as the visitor leaves it.

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the login form's check in the browser", () => {
  it("loads once the form is focused and points out a bad address on leaving the field, without asking the server", async () => {
    const page = await (await browser.newContext({ locale: "nb-NO" })).newPage();
    const posts: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST") posts.push(request.url());
    });
    await page.goto(`${server.baseUrl}/login`, { waitUntil: "networkidle" });
    const check = page.waitForResponse((response) => /\/assets\/account-validation-/.test(response.url()));
    await page.getByLabel("E-post").focus();
    await check;
    await page.getByLabel("E-post").fill("ikke-en-adresse");
    await page.getByLabel("Passord").focus();
    await page.getByText("Skriv en gyldig e-postadresse, for eksempel navn@bedrift.no.").waitFor();
    expect(posts).toEqual([]);
  });
});
