import { env } from "#app/utils/env.server.ts";
import { notFoundResponse } from "#app/utils/http.server.ts";

/**
 * The floor of `npm run bench`: the cheapest answer a Remix route can give on this server, so each
 * page's throughput is read as a ratio of it, measured in the same round on the same noisy machine.
 * Absent (404) unless the server was started for the benchmark.
 */
export function loader() {
  if (!env.BENCH_FLOOR) throw notFoundResponse();
  return new Response("ok", { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
