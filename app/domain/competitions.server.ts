import { and, asc, desc, eq, gt, lte, max } from "drizzle-orm";
import type { AppDatabase } from "#db/client.ts";
import { categories, competitions } from "#db/schema.ts";
import { writeAudit } from "./audit.server.ts";
import { DomainError } from "./errors.ts";

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

export type NewCompetition = {
  year: number;
  name: string;
  submissionOpensAt: Date;
  submissionDeadlineAt: Date;
  scoringDeadlineAt: Date;
  scaleMin?: number;
  scaleMax?: number;
  minScoreSheets?: number;
  defaultWeights?: StepWeights;
};

/** The weight of each of the three steps, in the order of the steps. */
export type StepWeights = { promise: number; anchoring: number; realisation: number };

export const DEFAULT_STEP_WEIGHTS: StepWeights = { promise: 30, anchoring: 30, realisation: 40 };

export function createCompetition(db: AppDatabase, actorId: string | null, input: NewCompetition, now: Date): { id: number } {
  return db.transaction((tx) => {
    if (tx.select({ id: competitions.id }).from(competitions).where(eq(competitions.year, input.year)).get()) {
      throw new DomainError("invalid", "competition.year.taken", { field: "year" });
    }
    const weights = input.defaultWeights ?? DEFAULT_STEP_WEIGHTS;
    const { id } = tx
      .insert(competitions)
      .values({
        year: input.year,
        name: input.name.trim(),
        submissionOpensAt: input.submissionOpensAt,
        submissionDeadlineAt: input.submissionDeadlineAt,
        scoringDeadlineAt: input.scoringDeadlineAt,
        scaleMin: input.scaleMin ?? 1,
        scaleMax: input.scaleMax ?? 10,
        minScoreSheets: input.minScoreSheets ?? 3,
        defaultWeightPromise: weights.promise,
        defaultWeightAnchoring: weights.anchoring,
        defaultWeightRealisation: weights.realisation,
        createdAt: now,
      })
      .returning({ id: competitions.id })
      .get();
    writeAudit(tx, { actorId, action: "competition.created", subjectType: "competition", subjectId: id, details: { year: input.year }, at: now });
    return { id };
  });
}

/** A new category starts with the competition's default weights unless others are given. */
export function addCategory(
  db: AppDatabase,
  actorId: string | null,
  competitionId: number,
  input: { name: string; description?: string; weights?: StepWeights },
  now: Date,
): { id: number } {
  return db.transaction((tx) => {
    const competition = tx.select().from(competitions).where(eq(competitions.id, competitionId)).get();
    if (!competition) throw new DomainError("not-found", "error.notFound.title");
    const weights = input.weights ?? {
      promise: competition.defaultWeightPromise,
      anchoring: competition.defaultWeightAnchoring,
      realisation: competition.defaultWeightRealisation,
    };
    const position = (tx.select({ value: max(categories.position) }).from(categories).where(eq(categories.competitionId, competitionId)).get()?.value ?? 0) + 1;
    const { id } = tx
      .insert(categories)
      .values({
        competitionId,
        name: input.name.trim(),
        description: input.description?.trim() ?? "",
        position,
        weightPromise: weights.promise,
        weightAnchoring: weights.anchoring,
        weightRealisation: weights.realisation,
        createdAt: now,
      })
      .returning({ id: categories.id })
      .get();
    writeAudit(tx, { actorId, action: "category.created", subjectType: "category", subjectId: id, details: { competitionId, weights }, at: now });
    return { id };
  });
}
