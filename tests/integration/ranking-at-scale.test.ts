import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshRanking } from "#app/domain/ranking.server.ts";
import { reopenScoreSheet, saveScoreSheet } from "#app/domain/scoring.server.ts";
import { openDatabase, type AppDatabase } from "#db/client.ts";
import { buildScoredCompetition } from "#tests/support/ranking-scale.ts";

// In process on the real schema: 20,000 cases over HTTP would test the fixture, not the ranking.
let db: AppDatabase;
let built: ReturnType<typeof buildScoredCompetition>;

type Row = { case_id: number; category_id: number; rank: number | null; score: number | null; sheet_count: number };
const rows = () =>
  db.$client
    .prepare(
      `SELECT case_id, category_id, rank, score, sheet_count, raw_mean, spread, too_few_sheets, high_disagreement
       FROM ranking_entries WHERE competition_id = ? AND round = 'main' ORDER BY case_id`,
    )
    .all(built.competitionId) as Row[];
const rowOf = (caseId: number) => rows().find((row) => row.case_id === caseId)!;
const jurorsOf = (caseId: number) =>
  (
    db.$client.prepare("SELECT juror_id FROM assignments WHERE case_id = ? ORDER BY id").all(caseId) as {
      juror_id: string;
    }[]
  ).map((row) => row.juror_id);

const comments = { promise: "", anchoring: "", realisation: "", overall: "Vurdert." };

beforeAll(() => {
  db = openDatabase(":memory:");
  built = buildScoredCompetition(db, { cases: 20_000 });
});

afterAll(() => db?.$client.close());

describe("the ranking of a 20,000-case competition", () => {
  it("is written in full: every submitted case once, ranked within its category", () => {
    db.transaction((tx) => refreshRanking(tx, built.competitionId, built.now));
    const all = rows();
    expect(all).toHaveLength(20_000);
    for (const categoryId of built.categoryIds) {
      const ranks = all.filter((row) => row.category_id === categoryId).map((row) => row.rank!);
      expect(ranks.length).toBeGreaterThan(6_000);
      expect(Math.min(...ranks)).toBe(1);
      expect(Math.max(...ranks)).toBeLessThanOrEqual(ranks.length);
    }
    expect(all.every((row) => row.sheet_count === 5)).toBe(true);
  });

  it("moves when one sheet is reopened and finalised again, and ends where a full recompute puts it", () => {
    const inFirst = rows().filter((row) => row.category_id === built.categoryIds[0]);
    const last = inFirst.reduce((worst, row) => (row.rank! > worst.rank! ? row : worst));
    const [juror] = jurorsOf(last.case_id);

    reopenScoreSheet(db, juror!, last.case_id, new Date());
    expect(rowOf(last.case_id).sheet_count).toBe(4);

    const top = { promise: 10, anchoring: 10, realisation: 10 };
    saveScoreSheet(db, juror!, last.case_id, { scores: top, comments }, true, new Date());
    const moved = rowOf(last.case_id);
    expect(moved.sheet_count).toBe(5);
    expect(moved.score!).toBeGreaterThan(last.score!);
    expect(moved.rank!).toBeLessThan(last.rank!);

    const incremental = rows();
    db.transaction((tx) => refreshRanking(tx, built.competitionId, new Date()));
    expect(rows()).toEqual(incremental);
  });
});
