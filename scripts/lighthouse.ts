// `npm run lighthouse`: Lighthouse 12.2 on the public pages of the production build, in the same
// Chromium as the browser tests, on the scored demo with published finalists. Fails (exit 1) when
// a page scores under 95 for performance or a public page has no meta description.
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { resolve } from "node:path";
import lighthouse from "lighthouse";
import { launchBrowser } from "#tests/support/launch-chromium.ts";
import { demoLogin, publishDemoFinalists, seedScoredDemo } from "#tests/support/demo.ts";
import { loggedIn } from "#tests/support/http-client.ts";
import { startTestServer } from "#tests/support/test-server.ts";

const MIN_PERFORMANCE = 95;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
/** Every page anyone may open without an account; each needs a description in both languages. */
const PUBLIC_PAGES = ["/", "/results/{year}", "/login", "/register", "/forgot-password"];
/** The pages Lighthouse measures. */
const AUDITED_PAGES = ["/", "/results/{year}", "/login"];

/** A port nothing listens on, for Chromium's DevTools endpoint. */
async function freePort(): Promise<number> {
  const probe = createServer().listen(0);
  await new Promise((resolvePromise) => probe.once("listening", resolvePromise));
  const { port } = probe.address() as { port: number };
  await new Promise((resolvePromise) => probe.close(resolvePromise));
  return port;
}

async function metaDescription(url: string, lang: string): Promise<string | null> {
  const html = await (await fetch(url, { headers: { Cookie: `lang=${lang}` } })).text();
  return /<meta name="description" content="([^"]+)"/.exec(html)?.[1] ?? null;
}

const server = await startTestServer();
const port = await freePort();
const browser = await launchBrowser([`--remote-debugging-port=${port}`]);
const failures: string[] = [];
try {
  const chair = await loggedIn(server.baseUrl, demoLogin(seedScoredDemo(server), "chair"));
  const { year } = await publishDemoFinalists(chair, server);
  const pathOf = (page: string) => page.replace("{year}", String(year));

  for (const page of PUBLIC_PAGES) {
    for (const lang of ["nb", "en"]) {
      if (!(await metaDescription(server.baseUrl + pathOf(page), lang))) {
        failures.push(`${pathOf(page)} (${lang}) has no meta description`);
      }
    }
  }

  const rows = [];
  const reports: Record<string, unknown> = {};
  for (const page of AUDITED_PAGES) {
    const url = server.baseUrl + pathOf(page);
    const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    rows.push({
      page: pathOf(page),
      ...Object.fromEntries(CATEGORIES.map((id) => [id, score(id)])),
      "LCP ms": Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
      "TBT ms": Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
      "meta description": audits["meta-description"]?.score === 1 ? "yes" : "no",
    });
    reports[pathOf(page)] = result.lhr;
    if (score("performance") < MIN_PERFORMANCE) {
      failures.push(`${pathOf(page)}: performance ${score("performance")} < ${MIN_PERFORMANCE}`);
    }
    if (audits["meta-description"]?.score !== 1) failures.push(`${pathOf(page)}: Lighthouse finds no meta description`);
  }
  console.log("Lighthouse 12.2, mobile defaults (simulated throttling), production build on loopback");
  console.table(rows);
  const artifacts = resolve(import.meta.dirname, "../tests/.artifacts");
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(resolve(artifacts, "lighthouse.json"), JSON.stringify({ rows, reports }, null, 2));
} finally {
  await browser.close();
  await server.stop();
}

if (failures.length) {
  console.error(`Lighthouse budget missed:\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log("Every audited page scores ≥ 95 for performance and every public page has a meta description.");
