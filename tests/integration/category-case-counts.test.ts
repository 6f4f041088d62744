import { afterEach, describe, expect, it } from "vitest";
import { getCompetitionWithCategories } from "#app/domain/competitions.server.ts";
import { openDatabase, type AppDatabase } from "#db/client.ts";
import { buildScoredCompetition } from "#tests/support/ranking-scale.ts";

// The competition page shows each category's case count, and offers "Fjern" only for an empty
// category: the count must be that category's own.

let db: AppDatabase | undefined;

afterEach(() => db?.$client.close());

describe("the case count per category on the competition page", () => {
  it("counts each category's own cases", () => {
    db = openDatabase(":memory:");
    const { competitionId, categoryIds } = buildScoredCompetition(db, { cases: 30, categories: 3, jurors: 10 });
    const expected = db.$client
      .prepare("SELECT category_id AS id, count(*) AS cases FROM cases WHERE competition_id = ? GROUP BY category_id")
      .all(competitionId) as { id: number; cases: number }[];
    const shown = getCompetitionWithCategories(db, competitionId).categories;
    expect(shown.map((category) => [category.id, category.caseCount])).toEqual(
      categoryIds.map((id) => [id, expected.find((row) => row.id === id)?.cases ?? 0]),
    );
    expect(shown.every((category) => category.caseCount > 0)).toBe(true);
  });
});
