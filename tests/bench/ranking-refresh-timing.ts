// `npx tsx tests/bench/ranking-refresh-timing.ts [cases …]`: what one sheet change costs the ranking,
// against a bare SQL aggregate over the same final sheets, on a competition built in memory in a
// second (no server, no generator): quick to repeat while working on the ranking code.
import { openDatabase } from "#db/client.ts";
import { buildScoredCompetition } from "#tests/support/ranking-scale.ts";
import { timeRefreshes } from "./recompute.ts";

const RUNS = Number(process.env.RUNS ?? 15);

for (const cases of process.argv.slice(2).map(Number).filter(Boolean).length
  ? process.argv.slice(2).map(Number)
  : [2_000]) {
  const db = openDatabase(":memory:");
  const { competitionId } = buildScoredCompetition(db, { cases });
  const timings = timeRefreshes(db, competitionId, RUNS);
  db.$client.close();
  const perMethod = Object.entries(timings.refreshByMethodMs).map(
    ([method, ms]) => `${method} ${ms.toFixed(1)} ms (${(ms / timings.bareSqlMs).toFixed(1)}×)`,
  );
  console.log(
    `${cases} cases, ${timings.rankedCases} cases with final sheets: bare aggregate ${timings.bareSqlMs} ms CPU; ` +
      `one sheet change: ${perMethod.join("; ")}; full refresh ${timings.fullRefreshMs} ms`,
  );
}
