// What a finalise or reopen costs the ranking, next to the least any recompute must do: one SELECT
// that computes every case's weighted mean over the same final sheets. Run in this process on a
// copy of the database, with the server stopped, so nothing else competes for the cores.
import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { refreshRanking } from "#app/domain/ranking.server.ts";
import type { RankingMethod } from "#app/domain/ranking.ts";
import { openDatabase, type AppDatabase } from "#db/client.ts";
import { competitions } from "#db/schema.ts";

export type RecomputeReport = {
  runs: number;
  finalSheets: number;
  /** One sheet changed and the ranking refreshed, as a finalise does, under the default method (mean). */
  refreshMs: number;
  /** The same under each method: normalisation spans the whole round, so it recomputes all of it. */
  refreshByMethodMs: Partial<Record<RankingMethod, number>>;
  /** A refresh of the whole competition (a change of method or scale). */
  fullRefreshMs: number;
  bareSqlMs: number;
  ratio: number;
  /** The refresh's own error, when it fails (e.g. "too many SQL variables" at 20,000 cases before issue 13). */
  error: string | null;
};

export const BARE_AGGREGATE = `
  SELECT c.id AS case_id,
         AVG((s.score_promise * g.weight_promise + s.score_anchoring * g.weight_anchoring
              + s.score_realisation * g.weight_realisation) * 1.0
             / (g.weight_promise + g.weight_anchoring + g.weight_realisation)) AS score,
         COUNT(*) AS sheets
  FROM score_sheets s
  JOIN assignments a ON a.id = s.assignment_id
  JOIN cases c ON c.id = a.case_id
  JOIN categories g ON g.id = c.category_id
  WHERE c.competition_id = ? AND c.status = 'submitted' AND s.round = 'main' AND s.status = 'final'
    AND a.conflict_status <> 'declared'
  GROUP BY c.id`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** CPU time of this process, in ms: steadier than the wall clock on a machine others share. */
function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * Medians of `runs`: the bare SELECT, alternating with one final sheet turned to a draft and back
 * plus the category's refresh in one transaction (what a reopen and a finalise pay), per method.
 */
export function timeRefreshes(db: AppDatabase, competitionId: number, runs: number) {
  const aggregate = db.$client.prepare(BARE_AGGREGATE);
  const sheet = db.$client
    .prepare(
      `SELECT s.id, c.id AS caseId, c.category_id AS categoryId FROM score_sheets s JOIN assignments a ON a.id = s.assignment_id
       JOIN cases c ON c.id = a.case_id
       WHERE c.competition_id = ? AND s.round = 'main' AND s.status = 'final' ORDER BY s.id LIMIT 1`,
    )
    .get(competitionId) as { id: number; caseId: number; categoryId: number };
  const setStatus = db.$client.prepare("UPDATE score_sheets SET status = ? WHERE id = ?");
  const setMethod = (method: RankingMethod) =>
    db.update(competitions).set({ rankingMethod: method }).where(eq(competitions.id, competitionId)).run();

  const fullRefreshMs = cpuMs(() => db.transaction((tx) => refreshRanking(tx, competitionId, new Date())));
  const bareRuns: number[] = [];
  let rankedCases = 0;
  const refreshByMethodMs: Partial<Record<RankingMethod, number>> = {};
  for (const method of ["mean", "normalised"] as const) {
    setMethod(method);
    db.transaction((tx) => refreshRanking(tx, competitionId, new Date()));
    const methodRuns: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      bareRuns.push(cpuMs(() => (rankedCases = (aggregate.all(competitionId) as { sheets: number }[]).length)));
      methodRuns.push(
        cpuMs(() =>
          db.transaction((tx) => {
            setStatus.run(run % 2 ? "final" : "draft", sheet.id);
            refreshRanking(tx, competitionId, new Date(), {
              round: "main",
              categoryId: sheet.categoryId,
              caseId: sheet.caseId,
            });
          }),
        ),
      );
    }
    refreshByMethodMs[method] = round1(median(methodRuns));
  }
  setMethod("mean");
  return { fullRefreshMs: round1(fullRefreshMs), bareSqlMs: round1(median(bareRuns)), refreshByMethodMs, rankedCases };
}

export function measureRecompute(
  databasePath: string,
  copyPath: string,
  competitionId: number,
  runs = 9,
): RecomputeReport {
  // VACUUM INTO copies what is committed, including writes still in the WAL.
  const source = new Database(databasePath);
  source.prepare("VACUUM INTO ?").run(copyPath);
  source.close();
  const db = openDatabase(copyPath);
  try {
    const sheets = db.$client.prepare(`SELECT SUM(sheets) AS total FROM (${BARE_AGGREGATE})`).get(competitionId) as {
      total: number;
    };
    const timings = timeRefreshes(db, competitionId, runs);
    const refreshMs = timings.refreshByMethodMs.mean ?? 0;
    return {
      runs,
      finalSheets: sheets.total,
      refreshMs,
      refreshByMethodMs: timings.refreshByMethodMs,
      fullRefreshMs: timings.fullRefreshMs,
      bareSqlMs: timings.bareSqlMs,
      ratio: timings.bareSqlMs ? round1(refreshMs / timings.bareSqlMs) : 0,
      error: null,
    };
  } catch (caught) {
    const error = caught instanceof Error ? caught.message : String(caught);
    return {
      runs,
      finalSheets: 0,
      refreshMs: 0,
      refreshByMethodMs: {},
      fullRefreshMs: 0,
      bareSqlMs: 0,
      ratio: 0,
      error,
    };
  } finally {
    db.$client.close();
  }
}
