// `npm run bench`: load on loopback only, bounded in time, against the real production server.
import autocannon from "autocannon";
import { demoLogin, seedScoredDemo } from "#tests/support/demo.ts";
import { loggedIn } from "#tests/support/http-client.ts";
import { startTestServer } from "#tests/support/test-server.ts";

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;

function measure(url: string, headers: Record<string, string> = {}) {
  return autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS, headers });
}

const FLOOD_WORKERS = 16;
const FLOOD_MAX_REQUESTS = 20_000;

type FloodReport = { requests: number; byStatus: Record<string, number> };

/**
 * 16 loops posting wrong passwords for ever-new addresses until stopped or the cap is reached.
 * `spreadClients` names a new client per request in X-Forwarded-For (the server trusts it here),
 * as a botnet would look behind a proxy: every attempt passes the limits and reaches Argon2.
 */
function startLoginFlood(baseUrl: string, spreadClients: boolean): { stop: () => Promise<FloodReport> } {
  const report: FloodReport = { requests: 0, byStatus: {} };
  let stopped = false;
  const worker = async (workerIndex: number) => {
    while (!stopped && report.requests < FLOOD_MAX_REQUESTS) {
      report.requests += 1;
      const n = report.requests;
      const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl };
      if (spreadClients) headers["X-Forwarded-For"] = `10.${workerIndex}.${(n >> 8) & 255}.${n & 255}`;
      const body = new URLSearchParams({ email: `flood-${n}@bench.example`, password: `wrong password ${n}` });
      const response = await fetch(`${baseUrl}/login`, { method: "POST", body, headers, redirect: "manual" });
      await response.arrayBuffer();
      report.byStatus[response.status] = (report.byStatus[response.status] ?? 0) + 1;
    }
  };
  const running = Promise.all(Array.from({ length: FLOOD_WORKERS }, (_, index) => worker(index)));
  return {
    stop: async () => {
      stopped = true;
      await running;
      return report;
    },
  };
}

// TRUST_PROXY only so the flood can name many clients; nothing else here sends forwarding headers.
const server = await startTestServer({ env: { LOG_REQUESTS: "false", TRUST_PROXY: "true" } });
try {
  // The demo's fully scored competition: realistic pages for every role.
  const logins = seedScoredDemo(server);
  const loginFor = (role: string) => loggedIn(server.baseUrl, demoLogin(logins, role));
  const [entrant, juror, chair] = await Promise.all([loginFor("entrant"), loginFor("juror"), loginFor("chair")]);
  const casePath =
    /href="(\/entrant\/cases\/\d+)"/.exec(await (await entrant.get("/entrant")).text())?.[1] ?? "/entrant";
  const competitionId = /competition=(\d+)/.exec(await (await chair.get("/chair/jury")).text())?.[1] ?? "1";
  const year = new Date().getFullYear();
  await chair.post("/chair/jury", { competitionId, intent: "lock" });
  await chair.post("/chair/publish", { competitionId, intent: "prepare-finalists", finalistCount: "2" });
  await chair.post("/chair/publish", { competitionId, intent: "publish-finalists" });

  const targets: { name: string; path: string; headers?: Record<string, string> }[] = [
    { name: "landing page (/)", path: "/" },
    { name: "login form (/login)", path: "/login" },
    { name: "entrant home, signed in", path: "/entrant", headers: { Cookie: entrant.cookieHeader() } },
    { name: "case editor, signed in", path: casePath, headers: { Cookie: entrant.cookieHeader() } },
    { name: "juror dashboard", path: "/jury", headers: { Cookie: juror.cookieHeader() } },
    { name: "chair's jury overview", path: "/chair/jury", headers: { Cookie: chair.cookieHeader() } },
    { name: "chair's ranking", path: "/chair/ranking", headers: { Cookie: chair.cookieHeader() } },
    { name: "public results", path: `/results/${year}` },
    { name: "public results JSON", path: `/api/results/${year}` },
  ];
  const rows = [];
  for (const target of targets) {
    const result = await measure(`${server.baseUrl}${target.path}`, target.headers);
    rows.push({
      page: target.name,
      "req/s": Math.round(result.requests.average),
      "p50 ms": result.latency.p50,
      "p99 ms": result.latency.p99,
      "non-2xx": result.non2xx,
      errors: result.errors,
    });
  }
  console.log(`autocannon, ${CONNECTIONS} connections, ${DURATION_SECONDS} s per page, production build on loopback`);
  console.table(rows);

  // GET / next to a 16-way login flood: the Argon2 pool and the attempt limits must keep pages fast.
  const landing = `${server.baseUrl}/`;
  const scenarios: { name: string; spreadClients: boolean | null }[] = [
    { name: "idle", spreadClients: null },
    { name: "16-way login flood, one client (limits answer)", spreadClients: false },
    { name: "16-way login flood, a new client per request (Argon2 pool answers)", spreadClients: true },
  ];
  const floodRows = [];
  let idleP50 = 0;
  for (const scenario of scenarios) {
    const flood = scenario.spreadClients === null ? null : startLoginFlood(server.baseUrl, scenario.spreadClients);
    // Let the flood fill the pool before measuring.
    if (flood) await new Promise((resolve) => setTimeout(resolve, 500));
    const result = await measure(landing);
    const floodReport = await flood?.stop();
    if (!flood) idleP50 = result.latency.p50;
    floodRows.push({
      "GET / while": scenario.name,
      "req/s": Math.round(result.requests.average),
      "p50 ms": result.latency.p50,
      "p99 ms": result.latency.p99,
      "p50 vs idle": idleP50 ? `${(result.latency.p50 / idleP50).toFixed(1)}×` : "–",
      "non-2xx": result.non2xx,
      "login posts": floodReport ? `${floodReport.requests} ${JSON.stringify(floodReport.byStatus)}` : "–",
    });
  }
  console.log(`GET / with ${CONNECTIONS} connections for ${DURATION_SECONDS} s, idle and during a login flood`);
  console.table(floodRows);
} finally {
  await server.stop();
}
