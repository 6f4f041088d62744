import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./launch-chromium.ts";
import { startTestServer, type TestServer } from "./test-server.ts";

type ServerOptions = Parameters<typeof startTestServer>[0];

/**
 * One server and one Chromium for the file, started in `beforeAll` and ended in `afterAll`. The
 * fields are getters because both exist only once `beforeAll` has run. `serverOptions` is a function
 * so it can use what an earlier `beforeAll` started (an SMTP catcher, say).
 */
export function browserSuite(serverOptions?: () => ServerOptions): { server: TestServer; browser: Browser } {
  let server: TestServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(serverOptions?.()), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  return {
    get server() {
      if (!server) throw new Error("The test server is read before beforeAll started it.");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("The browser is read before beforeAll launched it.");
      return browser;
    },
  };
}

/** A page in a fresh context, so no cookies are shared; dates and texts as a Norwegian visitor sees them. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ locale: "nb-NO", timezoneId: "Europe/Oslo", ...options });
  return context.newPage();
}

/**
 * Logs in through the login form. Without `expectedUrl` it returns right after the click, for a test
 * that expects the login to fail.
 */
export async function logIn(
  page: Page,
  baseUrl: string,
  user: { email: string; password: string },
  expectedUrl?: Parameters<Page["waitForURL"]>[0],
): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("E-post").fill(user.email);
  await page.getByLabel("Passord", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Logg inn" }).click();
  if (expectedUrl) await page.waitForURL(expectedUrl);
}
