import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listCaseJury, listJurorCases } from "#app/domain/jury.server.ts";
import { getRanking, previewRankingMethods, rankingPage, refreshRanking } from "#app/domain/ranking.server.ts";
import { reopenScoreSheet, saveScoreSheet } from "#app/domain/scoring.server.ts";
import { openDatabase, type AppDatabase } from "#db/client.ts";
import { buildScoredCompetition } from "#tests/support/ranking-scale.ts";

// The statements the hot paths really send (captured as SQLite prepares them), each explained:
// none may read a whole large table. A small table (competitions, categories) may be scanned.
const LARGE_TABLES = ["score_sheets", "assignments", "ranking_entries"];

let db: AppDatabase;
const captured = new Set<string>();

beforeAll(() => {
  db = openDatabase(":memory:");
  const built = buildScoredCompetition(db, { cases: 300 });
  db.transaction((tx) => refreshRanking(tx, built.competitionId, built.now));
  const sqlite = db.$client;
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = (source: string) => {
    captured.add(source);
    return prepare(source);
  };

  const [caseId, organisationId] = Object.values(
    sqlite.prepare("SELECT id, organisation_id FROM cases WHERE competition_id = ? LIMIT 1").get(built.competitionId)!,
  ) as [number, number];
  const { juror_id: jurorId } = sqlite.prepare("SELECT juror_id FROM assignments WHERE case_id = ?").get(caseId) as {
    juror_id: string;
  };
  const comments = { promise: "", anchoring: "", realisation: "", overall: "Vurdert." };
  reopenScoreSheet(db, jurorId, caseId, new Date());
  saveScoreSheet(
    db,
    jurorId,
    caseId,
    { scores: { promise: 9, anchoring: 8, realisation: 7 }, comments },
    true,
    new Date(),
  );
  previewRankingMethods(db, built.competitionId, "main", new Date());
  previewRankingMethods(db, built.competitionId, "main", new Date(), { categoryId: built.categoryIds[0] });
  getRanking(db, built.competitionId, "main");
  getRanking(db, built.competitionId, "main", { categoryId: built.categoryIds[0] });
  for (const sort of ["rank", "score", "title"] as const) {
    rankingPage(
      db,
      built.competitionId,
      "main",
      { categoryId: built.categoryIds[0]!, flag: "any" },
      { sort, direction: "desc" },
      { page: 2, size: 25 },
    );
  }
  listJurorCases(db, jurorId);
  listCaseJury(db, caseId, organisationId);
  sqlite.prepare = prepare;
});

afterAll(() => db?.$client.close());

function planOf(source: string): string[] {
  const parameters = source.match(/\?/g)?.length ?? 0;
  return (
    db.$client.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...Array<number>(parameters).fill(1)) as {
      detail: string;
    }[]
  ).map((row) => row.detail);
}

describe("the query plans of the ranking and scoring paths", () => {
  it("find score sheets, assignments and ranking rows through an index, never by scanning the table", () => {
    const touching = [...captured].filter((source) => LARGE_TABLES.some((table) => source.includes(`"${table}"`)));
    // Enough statements to mean something: sheets, ranking reads and writes, the juror's and the case's jury.
    expect(touching.length).toBeGreaterThan(10);
    const scans = touching.flatMap((source) =>
      planOf(source)
        .filter((detail) => LARGE_TABLES.some((table) => new RegExp(`^SCAN ${table}\\b`).test(detail)))
        .map((detail) => `${detail}\n  in ${source}`),
    );
    expect(scans).toEqual([]);
  });
});
