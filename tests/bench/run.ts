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

const server = await startTestServer({ env: { LOG_REQUESTS: "false" } });
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
} finally {
  await server.stop();
}
