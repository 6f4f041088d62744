// One page under load, the way every row of the bench is measured: a single timed request first
// (its size on the wire and its memory), then autocannon for the round's duration.
import { request } from "node:http";
import autocannon from "autocannon";

export const CONNECTIONS = 50;
export const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
/** A request not answered in this time is a timeout: 0 req/s is a result, not a crash. */
export const TIMEOUT_SECONDS = 10;
/** What a browser asks for, so compression (when the server has it) counts as it would. */
export const BROWSER_HEADERS = { "Accept-Encoding": "gzip, deflate, br" };

export type Probe = { status: number; ms: number; bytes: number; encoding: string | null; error: string | null };

/** One GET timed from sending to the last byte; `bytes` is the body as sent (compressed or not). */
export function probe(url: string, headers: Record<string, string> = {}, timeoutMs = 120_000): Promise<Probe> {
  const started = performance.now();
  return new Promise((resolve) => {
    const done = (result: Omit<Probe, "ms">) => resolve({ ...result, ms: Math.round(performance.now() - started) });
    const sent = request(url, { headers: { ...BROWSER_HEADERS, ...headers }, timeout: timeoutMs }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () =>
        done({
          status: response.statusCode ?? 0,
          bytes,
          encoding: response.headers["content-encoding"] ?? null,
          error: null,
        }),
      );
      response.on("error", (error) =>
        done({ status: response.statusCode ?? 0, bytes, encoding: null, error: error.message }),
      );
    });
    sent.on("timeout", () => sent.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    sent.on("error", (error) => done({ status: 0, bytes: 0, encoding: null, error: error.message }));
    sent.end();
  });
}

export type Load = {
  connections: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Why autocannon did not run, when it did not. */
  note: string | null;
};

/**
 * autocannon on one URL. A page whose single request already took longer than the timeout is not
 * loaded again: nothing would finish, and 50 such requests at once keep the server busy for minutes
 * (or, for the publish page, out of memory); it is reported as 0 req/s with the single request's
 * time. Slow pages get fewer connections: the server works on every open request in turn, so with
 * c connections each answer takes about c × t, and none would finish inside the measurement once
 * c × t passes its duration (0 req/s for a page that serves ten a second). A page whose single
 * request takes t gets duration / 2t connections, at most 50, which also leaves the server no
 * minutes of queued work. On one busy Node process throughput hardly depends on the connections.
 */
export async function load(url: string, headers: Record<string, string>, single: Probe): Promise<Load> {
  if (single.error || single.ms > TIMEOUT_SECONDS * 1000) {
    return {
      connections: 1,
      rps: 0,
      p50Ms: single.ms,
      p99Ms: single.ms,
      requests: 0,
      errors: 1,
      timeouts: 1,
      non2xx: 0,
      note: `one request took ${(single.ms / 1000).toFixed(1)} s${single.error ? ` (${single.error})` : ""}`,
    };
  }
  const connections = Math.max(
    1,
    Math.min(CONNECTIONS, Math.floor((DURATION_SECONDS * 1000) / (2 * Math.max(single.ms, 1)))),
  );
  const result = await autocannon({
    url,
    connections,
    duration: DURATION_SECONDS,
    timeout: TIMEOUT_SECONDS,
    headers: { ...BROWSER_HEADERS, ...headers },
  });
  return {
    connections,
    rps: Math.round(result.requests.average * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    note: connections < CONNECTIONS ? `${connections} connections (one request took ${single.ms} ms)` : null,
  };
}

/**
 * Waits until the server answers the floor route quickly again, so queued work from the last
 * measurement does not count against the next; returns how long that took.
 */
export async function waitUntilIdle(floorUrl: string, maxMs = 180_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < maxMs) {
    const answer = await probe(floorUrl, {}, maxMs);
    if (answer.status === 200 && answer.ms < 50) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return Math.round(performance.now() - started);
}
