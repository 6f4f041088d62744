import sparticuzChromium from "@sparticuz/chromium";
import { chromium, type Browser } from "playwright-core";

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
 * (unpacked to the temp folder on first use), or the one CHROMIUM_PATH names. `extraArgs` are
 * added to its command line (Lighthouse needs `--remote-debugging-port`).
 */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const override = process.env.CHROMIUM_PATH;
  const executablePath = override || (await sparticuzChromium.executablePath());
  // --single-process is for AWS Lambda; here it makes browser contexts share cookies.
  const lambdaOnly = new Set(["--single-process", "--no-zygote"]);
  const args = override
    ? OFFLINE_FLAGS
    : [...sparticuzChromium.args.filter((arg) => !lambdaOnly.has(arg)), ...OFFLINE_FLAGS];
  return chromium.launch({ executablePath, args: [...args, ...extraArgs], headless: true });
}
