import { and, asc, desc, eq, gt, lte, sql } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import { preparedQuery } from "#db/prepared.ts";
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

export type CompetitionSummary = {
  id: number;
  year: number;
  name: string;
  submissionOpensAt: Date;
  submissionDeadlineAt: Date;
  scoringDeadlineAt: Date;
};

const summaryColumns = {
  id: competitions.id,
  year: competitions.year,
  name: competitions.name,
  submissionOpensAt: competitions.submissionOpensAt,
  submissionDeadlineAt: competitions.submissionDeadlineAt,
  scoringDeadlineAt: competitions.scoringDeadlineAt,
};

/** The competition open for submissions now, else the next one to open, else none. */
// On the landing page and the entrant's home, so on nearly every page view: prepared once.
const openCompetition = preparedQuery((db) =>
  db
    .select(summaryColumns)
    .from(competitions)
    .where(
      and(
        lte(competitions.submissionOpensAt, sql.placeholder("now")),
        gt(competitions.submissionDeadlineAt, sql.placeholder("now")),
      ),
    )
    .orderBy(asc(competitions.submissionDeadlineAt))
    .prepare(),
);
const nextCompetition = preparedQuery((db) =>
  db
    .select(summaryColumns)
    .from(competitions)
    .where(gt(competitions.submissionOpensAt, sql.placeholder("now")))
    .orderBy(asc(competitions.submissionOpensAt))
    .prepare(),
);

export function findOpenOrNextCompetition(db: AppDatabase, now: Date): CompetitionSummary | null {
  const at = { now: now.getTime() };
  return openCompetition(db).get(at) ?? nextCompetition(db).get(at) ?? null;
}

export function listCompetitions(db: AppDatabase): CompetitionSummary[] {
  return db.select(summaryColumns).from(competitions).orderBy(desc(competitions.year)).all();
}
