import { asc, desc, gt, lte, and } from "drizzle-orm";
import type { AppDatabase } from "#db/client.ts";
import { competitions } from "#db/schema.ts";

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
export function findOpenOrNextCompetition(db: AppDatabase, now: Date): CompetitionSummary | null {
  const open = db
    .select(summaryColumns)
    .from(competitions)
    .where(and(lte(competitions.submissionOpensAt, now), gt(competitions.submissionDeadlineAt, now)))
    .orderBy(asc(competitions.submissionDeadlineAt))
    .get();
  if (open) return open;
  return (
    db
      .select(summaryColumns)
      .from(competitions)
      .where(gt(competitions.submissionOpensAt, now))
      .orderBy(asc(competitions.submissionOpensAt))
      .get() ?? null
  );
}

export function listCompetitions(db: AppDatabase): CompetitionSummary[] {
  return db.select(summaryColumns).from(competitions).orderBy(desc(competitions.year)).all();
}
