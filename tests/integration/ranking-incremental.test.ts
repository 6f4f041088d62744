import { TransactionRollbackError } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { previewRankingMethods, refreshRanking, setRankingMethod } from "#app/domain/ranking.server.ts";
import { RANKING_METHODS } from "#app/domain/ranking.ts";
import { openDatabase, type AppDatabase } from "#db/client.ts";
import { buildScoredCompetition } from "#tests/support/ranking-scale.ts";

// A category-only recompute must leave the table exactly as a recompute of everything would: the
// changes below are applied the way the domain applies them (the change, then a refresh scoped to
// what it can move), and after each one the table is compared with a full recompute.

const CASES = 12;
const score = fc.integer({ min: 1, max: 10 });
const change = fc.oneof(
  fc.record({
    kind: fc.constant("sheet" as const),
    sheet: fc.nat(),
    scores: fc.tuple(score, score, score),
    final: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("case" as const), case: fc.nat(), submitted: fc.boolean() }),
  fc.record({
    kind: fc.constant("weights" as const),
    category: fc.nat(),
    weights: fc.tuple(
      fc.integer({ min: 1, max: 80 }),
      fc.integer({ min: 1, max: 80 }),
      fc.integer({ min: 1, max: 80 }),
    ),
  }),
  fc.record({ kind: fc.constant("method" as const), method: fc.constantFrom(...RANKING_METHODS) }),
);
type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

/** Every column but the time of the write, by case; the normalised preview only where it is filled. */
function tableOf(db: AppDatabase, competitionId: number) {
  return db.$client
    .prepare(
      `SELECT case_id, category_id, rank, score, raw_mean, mean_promise, mean_anchoring, mean_realisation, sheet_count,
         spread, too_few_sheets, high_disagreement, rank_mean, score_mean, rank_median, score_median, rank_trimmed,
         score_trimmed, rank_normalised, score_normalised
       FROM ranking_entries WHERE competition_id = ? AND round = 'main' ORDER BY case_id`,
    )
    .all(competitionId) as Record<string, number | null>[];
}

/** The table a full recompute writes, read inside a transaction that is then rolled back. */
function fullRecompute(db: AppDatabase, competitionId: number) {
  let table: ReturnType<typeof tableOf> = [];
  try {
    db.transaction((tx) => {
      refreshRanking(tx, competitionId, new Date());
      table = tableOf(db, competitionId);
      tx.rollback();
    });
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
  }
  return table;
}

function apply(db: AppDatabase, competitionId: number, categoryIds: number[], item: Change) {
  const sqlite = db.$client;
  const caseIds = (
    sqlite.prepare("SELECT id FROM cases WHERE competition_id = ? ORDER BY id").all(competitionId) as {
      id: number;
    }[]
  ).map((row) => row.id);
  const categoryOf = (caseId: number) =>
    (sqlite.prepare("SELECT category_id AS id FROM cases WHERE id = ?").get(caseId) as { id: number }).id;
  db.transaction((tx) => {
    switch (item.kind) {
      case "sheet": {
        const sheets = sqlite
          .prepare(
            "SELECT s.id, a.case_id AS caseId FROM score_sheets s JOIN assignments a ON a.id = s.assignment_id ORDER BY s.id",
          )
          .all() as { id: number; caseId: number }[];
        const sheet = sheets[item.sheet % sheets.length]!;
        sqlite
          .prepare(
            "UPDATE score_sheets SET score_promise = ?, score_anchoring = ?, score_realisation = ?, status = ? WHERE id = ?",
          )
          .run(...item.scores, item.final ? "final" : "draft", sheet.id);
        // As a finalise or reopen does: only this case's figures, its category re-ranked.
        refreshRanking(tx, competitionId, new Date(), {
          round: "main",
          categoryId: categoryOf(sheet.caseId),
          caseId: sheet.caseId,
        });
        return;
      }
      case "case": {
        const caseId = caseIds[item.case % caseIds.length]!;
        sqlite
          .prepare("UPDATE cases SET status = ? WHERE id = ?")
          .run(item.submitted ? "submitted" : "withdrawn", caseId);
        refreshRanking(tx, competitionId, new Date(), { categoryId: categoryOf(caseId) });
        return;
      }
      case "weights": {
        const categoryId = categoryIds[item.category % categoryIds.length]!;
        sqlite
          .prepare(
            "UPDATE categories SET weight_promise = ?, weight_anchoring = ?, weight_realisation = ? WHERE id = ?",
          )
          .run(...item.weights, categoryId);
        refreshRanking(tx, competitionId, new Date(), { categoryId });
        return;
      }
      case "method":
        return;
    }
  });
  if (item.kind === "method") setRankingMethod(db, "chair", competitionId, item.method, new Date());
}

describe("recomputing one category", () => {
  it("leaves the same table as recomputing the whole competition, and the preview agrees with it", () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 12 }), (changes) => {
        const db = openDatabase(":memory:");
        try {
          const { competitionId, categoryIds } = buildScoredCompetition(db, {
            cases: CASES,
            sheetsPerCase: 3,
            jurors: 5,
          });
          db.transaction((tx) => refreshRanking(tx, competitionId, new Date()));
          for (const item of changes) {
            apply(db, competitionId, categoryIds, item);
            const full = fullRecompute(db, competitionId);
            const incremental = tableOf(db, competitionId);
            // The normalised preview may wait for the next full recompute; all else must match now.
            const withoutNormalisedPreview = (table: typeof full) =>
              table.map(({ rank_normalised: _rank, score_normalised: _score, ...row }) => row);
            expect(withoutNormalisedPreview(incremental)).toEqual(withoutNormalisedPreview(full));

            const preview = previewRankingMethods(db, competitionId, "main", new Date());
            const oneCategory = previewRankingMethods(db, competitionId, "main", new Date(), {
              categoryId: categoryIds[0],
            });
            expect([...oneCategory.keys()].sort((a, b) => a - b)).toEqual(
              full.filter((row) => row.category_id === categoryIds[0]).map((row) => row.case_id),
            );
            expect(tableOf(db, competitionId)).toEqual(full);
            for (const row of full) {
              for (const method of RANKING_METHODS) {
                expect(preview.get(row.case_id!)![method]).toEqual({
                  rank: row[`rank_${method}`],
                  score: row[`score_${method}`],
                });
              }
            }
          }
        } finally {
          db.$client.close();
        }
      }),
      { numRuns: 25 },
    );
  });
});
