import { describe, expect, it } from "vitest";
import { browserSuite } from "#tests/support/browser-suite.ts";

// Login and registration load their browser-side check when the form is first focused
// (useOnDemand); these pages must still check a field as the visitor leaves it.

const suite = browserSuite();

describe("the login form's check in the browser", () => {
  it("loads once the form is focused and points out a bad address on leaving the field, without asking the server", async () => {
    const page = await (await suite.browser.newContext({ locale: "nb-NO" })).newPage();
    const posts: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST") posts.push(request.url());
    });
    await page.goto(`${suite.server.baseUrl}/login`, { waitUntil: "networkidle" });
    const check = page.waitForResponse((response) => /\/assets\/account-validation-/.test(response.url()));
    await page.getByLabel("E-post").focus();
    await check;
    await page.getByLabel("E-post").fill("ikke-en-adresse");
    await page.getByLabel("Passord").focus();
    await page.getByText("Skriv en gyldig e-postadresse, for eksempel navn@bedrift.no.").waitFor();
    expect(posts).toEqual([]);
  });
});
