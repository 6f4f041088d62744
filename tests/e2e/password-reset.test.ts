import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, screenshot } from "#tests/support/chromium.ts";
import { createUser } from "#tests/support/factories.ts";
import { browserSuite, newPage } from "#tests/support/browser-suite.ts";

// No SMTP here: the portal writes each mail to DATA_DIR/mail as an .eml file, as on a laptop.

const suite = browserSuite();

/** The reset link from the newest .eml file written for `email`, once it exists. */
async function mailedResetLink(email: string): Promise<string> {
  const mailDir = join(suite.server.dataDir, "mail");
  const newestTo = async () => {
    const files = existsSync(mailDir) ? readdirSync(mailDir).sort() : [];
    const mails = await Promise.all(files.map((file) => simpleParser(readFileSync(join(mailDir, file)))));
    return mails.filter((mail) => mail.text?.includes(email)).at(-1);
  };
  await expect.poll(newestTo).toBeDefined();
  const link = /https?:\/\/\S+\/reset-password\/[\w-]+/.exec((await newestTo())?.text ?? "")?.[0];
  expect(link).toBeDefined();
  return link!;
}

describe("a user who forgot the password", () => {
  it("asks for a link on the login page, opens it from the mail and chooses a strong new password", async () => {
    const user = await createUser(suite.server.databasePath, { role: "entrant", name: "Kari Nordmann" });
    const page = await newPage(suite.browser);

    await page.goto(`${suite.server.baseUrl}/login`);
    await page.getByRole("link", { name: "Glemt passord?" }).click();
    await page.waitForURL(`${suite.server.baseUrl}/forgot-password`);
    await expectNoAxeViolations(page);
    await page.getByLabel("E-post").fill(user.email);
    await page.getByRole("button", { name: "Send lenke" }).click();
    await page.getByText("Hvis adressen har en konto hos oss").waitFor();

    await page.goto(await mailedResetLink(user.email));
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Velg nytt passord");
    await expectNoAxeViolations(page);
    await page.getByLabel("Passord", { exact: true }).fill("KariNordmann2026");
    await page.getByRole("button", { name: "Lagre nytt passord" }).click();
    await page.getByText("Skjemaet må rettes før det kan sendes:").waitFor();
    expect(await page.getByText("Passordet er for lett å gjette.").count()).toBeGreaterThan(0);
    await screenshot(page, "password-reset-weak");
    await expectNoAxeViolations(page);

    await page.getByLabel("Passord", { exact: true }).fill("sjøbris over brygga i juni");
    await page.getByRole("button", { name: "Lagre nytt passord" }).click();
    await page.waitForURL(`${suite.server.baseUrl}/profile?outcome=password-reset`);
    await page.getByText("Passordet er byttet, og du er logget inn.").waitFor();
    await screenshot(page, "profile-after-reset");
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Logg ut på alle enheter" }).click();
    await page.waitForURL(`${suite.server.baseUrl}/login?notice=logged-out-everywhere`);
    await page.getByLabel("E-post").fill(user.email);
    await page.getByLabel("Passord", { exact: true }).fill("sjøbris over brygga i juni");
    await page.getByRole("button", { name: "Logg inn" }).click();
    await page.waitForURL(`${suite.server.baseUrl}/entrant`);
  });
});
