import { desc, eq } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import { competitions } from "#db/schema.ts";
import { notFound } from "./errors.ts";

// Looking a competition up, and nothing else: a leaf that the competition commands and the ranking
// (which each call into the other's area) can both import without importing each other.

export function findCompetition(db: DbOrTransaction, competitionId: number) {
  return db.select().from(competitions).where(eq(competitions.id, competitionId)).get() ?? null;
}

/** The competition, or the domain's "not found". */
export function requireCompetition(db: DbOrTransaction, competitionId: number) {
  const competition = findCompetition(db, competitionId);
  if (!competition) throw notFound();
  return competition;
}

/** The competition asked for (404 when it does not exist), or the newest when none is named. */
export function findCompetitionOrNewest(db: AppDatabase, competitionId: number | null) {
  if (competitionId === null) return db.select().from(competitions).orderBy(desc(competitions.year)).get() ?? null;
  const competition = findCompetition(db, competitionId);
  if (!competition) throw notFound();
  return competition;
}
