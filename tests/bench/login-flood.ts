// GET / while 16 loops post wrong passwords: the Argon2 pool and the attempt limits must keep pages
// fast (the server must run with TRUST_PROXY=true so the flood can name many clients).

const FLOOD_WORKERS = 16;
const FLOOD_MAX_REQUESTS = 20_000;

export type FloodReport = { requests: number; byStatus: Record<string, number> };

export const FLOOD_SCENARIOS = [
  { name: "GET / during a login flood, one client (limits answer)", spreadClients: false },
  { name: "GET / during a login flood, a new client per post (Argon2 pool answers)", spreadClients: true },
] as const;

/**
 * 16 loops posting wrong passwords for ever-new addresses until stopped or the cap is reached.
 * `spreadClients` names a new client per request in X-Forwarded-For (the server trusts it here),
 * as a botnet would look behind a proxy: every attempt passes the limits and reaches Argon2.
 */
export async function startLoginFlood(
  baseUrl: string,
  spreadClients: boolean,
): Promise<{ stop: () => Promise<FloodReport> }> {
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
  // Let the flood fill the pool before measuring.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return {
    stop: async () => {
      stopped = true;
      await running;
      return report;
    },
  };
}
