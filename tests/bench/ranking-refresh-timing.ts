// `npx tsx tests/bench/ranking-refresh-timing.ts [cases …]`: what one sheet change costs the ranking,
// against a bare SQL aggregate over the same final sheets, in process on a generated competition.
import { pathToFileURL } from "node:url";
import { eq } from "drizzle-orm";
import { refreshRanking } from "#app/domain/ranking.server.ts";
import type { RankingMethod } from "#app/domain/ranking.ts";
import { openDatabase } from "#db/client.ts";
import { competitions } from "#db/schema.ts";
import { buildScoredCompetition } from "#tests/support/ranking-scale.ts";

const RUNS = Number(process.env.RUNS ?? 15);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** CPU time of this process, in ms: steadier than the wall clock on a machine others share. */
function timed(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export function measureRankingRefresh(cases: number) {
  const db = openDatabase(":memory:");
  const { competitionId } = buildScoredCompetition(db, { cases });
  const bare = db.$client.prepare(
    `SELECT a.case_id, avg((s.score_promise * g.weight_promise + s.score_anchoring * g.weight_anchoring
         + s.score_realisation * g.weight_realisation) * 1.0 / (g.weight_promise + g.weight_anchoring + g.weight_realisation))
     FROM score_sheets s JOIN assignments a ON a.id = s.assignment_id JOIN cases c ON c.id = a.case_id
     JOIN categories g ON g.id = c.category_id
     WHERE c.competition_id = ? AND c.status = 'submitted' AND s.round = 'main' AND s.status = 'final'
       AND a.conflict_status <> 'declared'
     GROUP BY a.case_id`,
  );
  const sheet = db.$client
    .prepare(
      `SELECT s.id, c.category_id AS categoryId FROM score_sheets s JOIN assignments a ON a.id = s.assignment_id
       JOIN cases c ON c.id = a.case_id WHERE c.competition_id = ? ORDER BY s.id LIMIT 1 OFFSET ?`,
    )
    .get(competitionId, Math.floor(cases / 2)) as { id: number; categoryId: number };
  const setStatus = db.$client.prepare("UPDATE score_sheets SET status = ? WHERE id = ?");
  db.transaction((tx) => refreshRanking(tx, competitionId, new Date()));

  // Bare aggregate and refresh alternate, so both see the same load on a shared machine.
  const bareRuns: number[] = [];
  const byMethod = {} as Record<RankingMethod, number>;
  for (const method of ["mean", "normalised"] as const) {
    db.update(competitions).set({ rankingMethod: method }).where(eq(competitions.id, competitionId)).run();
    db.transaction((tx) => refreshRanking(tx, competitionId, new Date()));
    const runs: number[] = [];
    for (let index = 0; index < RUNS; index += 1) {
      bareRuns.push(timed(() => bare.all(competitionId)));
      // What a reopen and a finalise pay: the sheet's change and the refresh, in one transaction.
      runs.push(
        timed(() =>
          db.transaction((tx) => {
            setStatus.run(index % 2 ? "final" : "draft", sheet.id);
            refreshRanking(tx, competitionId, new Date(), { round: "main", categoryId: sheet.categoryId });
          }),
        ),
      );
    }
    byMethod[method] = median(runs);
  }
  const bareMs = median(bareRuns);
  db.$client.close();
  return { cases, sheets: cases * 5, bareMs, refreshMs: byMethod };
}

// Run as a script; imported (by the bench), only the measurement.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = process.argv.slice(2).map(Number);
  for (const cases of sizes.length ? sizes : [2_000]) {
    const result = measureRankingRefresh(cases);
    const line = Object.entries(result.refreshMs).map(
      ([method, ms]) => `${method} ${ms.toFixed(1)} ms (${(ms / result.bareMs).toFixed(1)}×)`,
    );
    console.log(
      `${cases} cases, ${result.sheets} sheets: bare aggregate ${result.bareMs.toFixed(1)} ms CPU; ${line.join("; ")}`,
    );
  }
}
