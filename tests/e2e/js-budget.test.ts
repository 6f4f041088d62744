import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { demoLogin, seedScoredDemo } from "#tests/support/demo.ts";
import { loggedIn, type HttpClient } from "#tests/support/http-client.ts";
import { browserSuite, newPage } from "#tests/support/browser-suite.ts";

/** The budget: JavaScript a page loads, gzip-compressed, in kB (1,000 bytes, as Vite reports). */
const BUDGET_KB = 120;

const suite = browserSuite();
let clients: Record<"entrant" | "juror" | "chair", HttpClient>;
let calibrationSample = "";

beforeAll(async () => {
  const logins = seedScoredDemo(suite.server);
  const [entrant, juror, chair] = await Promise.all(
    (["entrant", "juror", "chair"] as const).map((role) => loggedIn(suite.server.baseUrl, demoLogin(logins, role))),
  );
  clients = { entrant: entrant!, juror: juror!, chair: chair! };
  // Finalists published, so the public results page has something to show.
  const competitionId = /competition=(\d+)/.exec(await (await chair!.get("/chair/jury")).text())?.[1] ?? "1";
  // A calibration round with one sample the juror has submitted, so its page shows the comparison.
  await chair!.post(`/chair/jury/calibration?competition=${competitionId}`, {
    competitionId,
    intent: "open",
    title1: "Prøvesak",
    servicePromise1: "Svar innen én time.",
    anchoring1: "Alle kjenner løftet.",
    realisation1: "Målt hver uke.",
  });
  calibrationSample = await firstLink(juror!, "/jury", /\/jury\/calibration\/\d+(?=")/);
  const scores = { scorePromise: "7", scoreAnchoring: "6", scoreRealisation: "8" };
  await juror!.post(calibrationSample, { intent: "finalise", ...scores });
  await chair!.post(`/chair/jury/calibration?competition=${competitionId}`, { competitionId, intent: "close" });
  await chair!.post("/chair/jury", { competitionId, intent: "lock" });
  await chair!.post("/chair/publish", { competitionId, intent: "prepare-finalists", finalistCount: "2" });
  await chair!.post("/chair/publish", { competitionId, intent: "publish-finalists" });
});

async function pageFor(role: keyof typeof clients | null, locale: "nb" | "en"): Promise<Page> {
  const page = await newPage(suite.browser);
  const cookies: { name: string; value: string; url: string }[] = [
    { name: "lang", value: locale, url: suite.server.baseUrl },
  ];
  if (role) {
    for (const pair of clients[role].cookieHeader().split("; ")) {
      const [name = "", value = ""] = pair.split("=");
      if (name !== "lang") cookies.push({ name, value, url: suite.server.baseUrl });
    }
  }
  await page.context().addCookies(cookies);
  return page;
}

/**
 * Opens the page in Chromium and sums the gzip size of every script it loads, each body compressed
 * here with node:zlib, so the figure is the same whether or not the server compresses.
 */
async function javascriptKb(path: string, role: keyof typeof clients | null, locale: "nb" | "en" = "nb") {
  const page = await pageFor(role, locale);
  const bodies = new Map<string, Promise<Buffer>>();
  // A message the browser's catalogue lacks would show as a hydration mismatch: React reports it here.
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("response", (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (response.request().resourceType() === "script" || /javascript/.test(type)) {
      bodies.set(response.url(), response.body());
    }
  });
  const response = await page.goto(`${suite.server.baseUrl}${path}`, { waitUntil: "networkidle" });
  expect(response?.status(), path).toBe(200);
  expect(new URL(page.url()).pathname, `${path} did not redirect`).toBe(new URL(path, suite.server.baseUrl).pathname);
  expect(errors, `errors in the browser on ${path}`).toEqual([]);
  let bytes = 0;
  for (const body of bodies.values()) bytes += gzipSync(await body, { level: 9 }).length;
  await page.context().close();
  return { scripts: bodies.size, kb: bytes / 1000 };
}

async function firstLink(client: HttpClient, path: string, pattern: RegExp): Promise<string> {
  const html = await (await client.get(path)).text();
  const match = pattern.exec(html)?.[0];
  if (!match) throw new Error(`No link matching ${pattern} on ${path}`);
  return match;
}

describe("the JavaScript budget in a real browser", () => {
  it(`every main page loads at most ${BUDGET_KB} kB of gzip-compressed JavaScript`, async () => {
    const year = new Date().getFullYear();
    const pages: { name: string; path: string; role: keyof typeof clients | null; locale?: "nb" | "en" }[] = [
      { name: "landing", path: "/", role: null },
      { name: "landing (English)", path: "/", role: null, locale: "en" },
      { name: "login", path: "/login", role: null },
      { name: "register", path: "/register", role: null },
      { name: "public results", path: `/results/${year}`, role: null },
      { name: "entrant home", path: "/entrant", role: "entrant" },
      {
        name: "case editor",
        path: await firstLink(clients.entrant, "/entrant", /\/entrant\/cases\/\d+(?=")/),
        role: "entrant",
      },
      { name: "juror dashboard", path: "/jury", role: "juror" },
      { name: "score sheet", path: await firstLink(clients.juror, "/jury", /\/jury\/cases\/\d+(?=")/), role: "juror" },
      { name: "juror's own sheets", path: "/jury/sheets", role: "juror" },
      { name: "calibration sample", path: calibrationSample, role: "juror" },
      { name: "chair home", path: "/chair", role: "chair" },
      { name: "chair case list", path: "/chair/cases", role: "chair" },
      { name: "chair jury overview", path: "/chair/jury", role: "chair" },
      { name: "chair calibration", path: "/chair/jury/calibration", role: "chair" },
      { name: "chair ranking", path: "/chair/ranking", role: "chair" },
      { name: "chair publish", path: "/chair/publish", role: "chair" },
      { name: "chair mailings", path: "/chair/mailings", role: "chair" },
    ];
    const sizes: { page: string; path: string; scripts: number; "JS gzip kB": number }[] = [];
    for (const page of pages) {
      const { scripts, kb } = await javascriptKb(page.path, page.role, page.locale);
      sizes.push({ page: page.name, path: page.path, scripts, "JS gzip kB": Math.round(kb * 10) / 10 });
    }
    console.log(`JavaScript per page, gzip level 9 (budget ${BUDGET_KB} kB):`);
    console.table(sizes);
    expect(sizes.filter((size) => size["JS gzip kB"] > BUDGET_KB)).toEqual([]);
  });
});
