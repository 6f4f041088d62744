import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import sparticuzChromium from "@sparticuz/chromium";
import { chromium, type Browser, type Page } from "playwright-core";
import { expect } from "vitest";

// The machine's network is closed: without these Chromium keeps trying to reach Google's hosts.
const OFFLINE_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Headless Chromium with nothing but `npm install`: the binary inside @sparticuz/chromium
 * (unpacked to the temp folder on first use), or the one CHROMIUM_PATH names.
 */
export async function launchBrowser(): Promise<Browser> {
  const override = process.env.CHROMIUM_PATH;
  const executablePath = override || (await sparticuzChromium.executablePath());
  // --single-process is for AWS Lambda; here it makes browser contexts share cookies.
  const lambdaOnly = new Set(["--single-process", "--no-zygote"]);
  const args = override
    ? OFFLINE_FLAGS
    : [...sparticuzChromium.args.filter((arg) => !lambdaOnly.has(arg)), ...OFFLINE_FLAGS];
  return chromium.launch({ executablePath, args, headless: true });
}

const SCREENSHOT_DIR = resolve(import.meta.dirname, "../.artifacts/screenshots");

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Fails with the rule ids and elements when the page breaks WCAG 2.2 A/AA rules axe can check. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const violations = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}
