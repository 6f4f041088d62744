// `npm run bench`: load on loopback only, bounded in time, against the real production server.
import autocannon from "autocannon";
import { createOpenCompetition, createUser } from "#tests/support/factories.ts";
import { HttpClient } from "#tests/support/http-client.ts";
import { startTestServer } from "#tests/support/test-server.ts";

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;

type Result = { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number };

async function measure(url: string, headers: Record<string, string> = {}): Promise<Result> {
  return (await autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS, headers })) as unknown as Result;
}

const server = await startTestServer({ env: { LOG_REQUESTS: "false" } });
try {
  createOpenCompetition(server.databasePath);
  const entrant = await createUser(server.databasePath, { role: "entrant" });
  const client = new HttpClient(server.baseUrl);
  await client.post("/login", { email: entrant.email, password: entrant.password });
  const created = await client.post("/entrant/cases/new", { categoryId: "1", title: "Benchmark-sak" });
  const casePath = created.headers.get("location") ?? "/entrant";

  const targets: { name: string; path: string; headers?: Record<string, string> }[] = [
    { name: "landing page (/)", path: "/" },
    { name: "login form (/login)", path: "/login" },
    { name: "entrant home, signed in", path: "/entrant", headers: { Cookie: client.cookieHeader() } },
    { name: "case editor, signed in", path: casePath, headers: { Cookie: client.cookieHeader() } },
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
