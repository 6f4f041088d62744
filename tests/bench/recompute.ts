// What one ranking refresh costs next to the least any refresh must do: one SELECT that computes
// every case's weighted mean over the same final sheets. Run in this process on a copy of the
// database, with the server stopped, so nothing else competes for the cores.
import Database from "better-sqlite3";
import { refreshRanking } from "#app/domain/ranking.server.ts";
import { openDatabase } from "#db/client.ts";

export type RecomputeReport = {
  runs: number;
  finalSheets: number;
  refreshMs: number;
  bareSqlMs: number;
  ratio: number;
  refreshRunsMs: number[];
  bareSqlRunsMs: number[];
  /** The refresh's own error, when it fails (e.g. "too many SQL variables" at 20,000 cases). */
  error: string | null;
};

const BARE_AGGREGATE = `
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

/** Median of `runs` refreshes (each in its own transaction, as a finalise runs it) against the bare SELECT. */
export function measureRecompute(
  databasePath: string,
  copyPath: string,
  competitionId: number,
  runs = 5,
): RecomputeReport {
  // VACUUM INTO copies what is committed, including writes still in the WAL.
  const source = new Database(databasePath);
  source.prepare("VACUUM INTO ?").run(copyPath);
  source.close();
  const db = openDatabase(copyPath);
  try {
    const aggregate = db.$client.prepare(BARE_AGGREGATE);
    const bareSqlRunsMs: number[] = [];
    let finalSheets = 0;
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      const rows = aggregate.all(competitionId) as { sheets: number }[];
      bareSqlRunsMs.push(round1(performance.now() - started));
      finalSheets = rows.reduce((total, row) => total + row.sheets, 0);
    }
    const refreshRunsMs: number[] = [];
    let error: string | null = null;
    for (let run = 0; run < runs && !error; run += 1) {
      const started = performance.now();
      try {
        db.transaction((tx) => refreshRanking(tx, competitionId, new Date()));
        refreshRunsMs.push(round1(performance.now() - started));
      } catch (caught) {
        error = caught instanceof Error ? caught.message : String(caught);
      }
    }
    const refreshMs = refreshRunsMs.length ? round1(median(refreshRunsMs)) : 0;
    const bareSqlMs = round1(median(bareSqlRunsMs));
    return {
      runs,
      finalSheets,
      refreshMs,
      bareSqlMs,
      ratio: refreshMs && bareSqlMs ? round1(refreshMs / bareSqlMs) : 0,
      refreshRunsMs,
      bareSqlRunsMs,
      error,
    };
  } finally {
    db.$client.close();
  }
}
