import { and, asc, count, desc, eq, gt, lt, max, sql } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import { cases, categories, competitions } from "#db/schema.ts";
import { writeAudit } from "./audit.server.ts";
import { validateCompetitionDates } from "./deadlines.ts";
import { DomainError, notFound } from "./errors.ts";
import { requireCompetition } from "./competition-lookup.server.ts";
import { refreshRanking } from "./ranking.server.ts";
import { DEFAULT_STEP_WEIGHTS, type StepWeights } from "./step-weights.ts";
import { byStepField, perStep } from "./steps.ts";

export type CompetitionSettings = {
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

function settingsRow(input: CompetitionSettings) {
  const weights = input.defaultWeights ?? DEFAULT_STEP_WEIGHTS;
  return {
    year: input.year,
    name: input.name.trim(),
    submissionOpensAt: input.submissionOpensAt,
    submissionDeadlineAt: input.submissionDeadlineAt,
    scoringDeadlineAt: input.scoringDeadlineAt,
    scaleMin: input.scaleMin ?? 1,
    scaleMax: input.scaleMax ?? 10,
    minScoreSheets: input.minScoreSheets ?? 3,
    ...byStepField("defaultWeightField", (step) => weights[step.key]),
  };
}

/** The rules every competition meets, checked for create and edit alike. */
function checkSettings(tx: DbOrTransaction, input: CompetitionSettings, competitionId: number | null): void {
  const problem = validateCompetitionDates(input)[0];
  if (problem) throw new DomainError("invalid", DATE_PROBLEM_MESSAGES[problem.problem], { field: problem.field });
  const sameYear = tx.select({ id: competitions.id }).from(competitions).where(eq(competitions.year, input.year)).get();
  if (sameYear && sameYear.id !== competitionId)
    throw new DomainError("invalid", "competition.year.taken", { field: "year" });
}

const DATE_PROBLEM_MESSAGES = {
  "deadline-before-opening": "competition.deadlineBeforeOpening",
  "scoring-before-submission-deadline": "competition.scoringBeforeDeadline",
} as const;

export function createCompetition(
  db: AppDatabase,
  actorId: string | null,
  input: CompetitionSettings,
  now: Date,
): { id: number } {
  return db.transaction((tx) => {
    checkSettings(tx, input, null);
    const { id } = tx
      .insert(competitions)
      .values({ ...settingsRow(input), createdAt: now })
      .returning({ id: competitions.id })
      .get();
    writeAudit(tx, {
      actorId,
      action: "competition.created",
      subjectType: "competition",
      subjectId: id,
      details: { year: input.year },
      at: now,
    });
    return { id };
  });
}

export function updateCompetition(
  db: AppDatabase,
  actorId: string,
  competitionId: number,
  input: CompetitionSettings,
  now: Date,
): void {
  db.transaction((tx) => {
    const before = requireCompetition(tx, competitionId);
    checkSettings(tx, input, competitionId);
    const after = settingsRow(input);
    tx.update(competitions).set(after).where(eq(competitions.id, competitionId)).run();
    const changed = Object.fromEntries(
      Object.entries(after)
        .filter(([key, value]) => String(before[key as keyof typeof before]) !== String(value))
        .map(([key, value]) => [key, { from: before[key as keyof typeof before], to: value }]),
    );
    writeAudit(tx, {
      actorId,
      action: "competition.updated",
      subjectType: "competition",
      subjectId: competitionId,
      details: changed,
      at: now,
    });
    // The minimum number of sheets and the scale decide the ranking's flags.
    refreshRanking(tx, competitionId, now);
  });
}

export function getCompetitionWithCategories(db: AppDatabase, competitionId: number) {
  const competition = requireCompetition(db, competitionId);
  const categoryRows = db
    .select({
      id: categories.id,
      name: categories.name,
      description: categories.description,
      position: categories.position,
      weights: perStep((step) => categories[step.weightField]),
      // A join rather than a correlated subquery: Drizzle writes a subquery's columns without their
      // table, so `category_id = id` compared the case's category with the case's own id.
      caseCount: count(cases.id),
    })
    .from(categories)
    .leftJoin(cases, eq(cases.categoryId, categories.id))
    .where(eq(categories.competitionId, competitionId))
    .groupBy(categories.id)
    .orderBy(asc(categories.position))
    .all();
  return {
    competition,
    defaultWeights: perStep((step) => competition[step.defaultWeightField]),
    categories: categoryRows,
  };
}

export type CategoryInput = { name: string; description?: string; weights?: StepWeights };

function requireCategory(tx: DbOrTransaction, competitionId: number, categoryId: number) {
  const category = tx
    .select()
    .from(categories)
    .where(and(eq(categories.id, categoryId), eq(categories.competitionId, competitionId)))
    .get();
  if (!category) throw notFound();
  return category;
}

function requireUniqueName(tx: DbOrTransaction, competitionId: number, name: string, categoryId: number | null) {
  const clash = tx
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(categories.competitionId, competitionId), sql`lower(${categories.name}) = lower(${name.trim()})`))
    .get();
  if (clash && clash.id !== categoryId) throw new DomainError("invalid", "category.name.taken", { field: "name" });
}

/** A new category starts with the competition's default weights unless others are given. */
export function addCategory(
  db: AppDatabase,
  actorId: string | null,
  competitionId: number,
  input: CategoryInput,
  now: Date,
): { id: number } {
  return db.transaction((tx) => {
    const competition = requireCompetition(tx, competitionId);
    requireUniqueName(tx, competitionId, input.name, null);
    const weights = input.weights ?? perStep((step) => competition[step.defaultWeightField]);
    const position =
      (tx
        .select({ value: max(categories.position) })
        .from(categories)
        .where(eq(categories.competitionId, competitionId))
        .get()?.value ?? 0) + 1;
    const { id } = tx
      .insert(categories)
      .values({
        competitionId,
        name: input.name.trim(),
        description: input.description?.trim() ?? "",
        position,
        ...byStepField("weightField", (step) => weights[step.key]),
        createdAt: now,
      })
      .returning({ id: categories.id })
      .get();
    writeAudit(tx, {
      actorId,
      action: "category.created",
      subjectType: "category",
      subjectId: id,
      details: { competitionId, weights },
      at: now,
    });
    return { id };
  });
}

export function updateCategory(
  db: AppDatabase,
  actorId: string,
  competitionId: number,
  categoryId: number,
  input: Required<CategoryInput>,
  now: Date,
): void {
  db.transaction((tx) => {
    const before = requireCategory(tx, competitionId, categoryId);
    requireUniqueName(tx, competitionId, input.name, categoryId);
    tx.update(categories)
      .set({
        name: input.name.trim(),
        description: input.description.trim(),
        ...byStepField("weightField", (step) => input.weights[step.key]),
      })
      .where(eq(categories.id, categoryId))
      .run();
    const oldWeights = perStep((step) => before[step.weightField]);
    writeAudit(tx, {
      actorId,
      action: "category.updated",
      subjectType: "category",
      subjectId: categoryId,
      details: { name: { from: before.name, to: input.name.trim() } },
      at: now,
    });
    if (JSON.stringify(oldWeights) !== JSON.stringify(input.weights)) {
      writeAudit(tx, {
        actorId,
        action: "category.weights-changed",
        subjectType: "category",
        subjectId: categoryId,
        details: { from: oldWeights, to: input.weights },
        at: now,
      });
      refreshRanking(tx, competitionId, now, { categoryId });
    }
  });
}

/** Swaps a category with its neighbour above or below; at the end of the list nothing moves. */
export function moveCategory(
  db: AppDatabase,
  actorId: string,
  competitionId: number,
  categoryId: number,
  direction: "up" | "down",
  now: Date,
): void {
  db.transaction((tx) => {
    const category = requireCategory(tx, competitionId, categoryId);
    const neighbour = tx
      .select({ id: categories.id, position: categories.position })
      .from(categories)
      .where(
        and(
          eq(categories.competitionId, competitionId),
          direction === "up" ? lt(categories.position, category.position) : gt(categories.position, category.position),
        ),
      )
      .orderBy(direction === "up" ? desc(categories.position) : asc(categories.position))
      .get();
    if (!neighbour) return;
    tx.update(categories).set({ position: neighbour.position }).where(eq(categories.id, category.id)).run();
    tx.update(categories).set({ position: category.position }).where(eq(categories.id, neighbour.id)).run();
    writeAudit(tx, {
      actorId,
      action: "category.moved",
      subjectType: "category",
      subjectId: categoryId,
      details: { direction },
      at: now,
    });
  });
}

/** Only an empty category can go: a case's category is part of what the company submitted. */
export function removeCategory(
  db: AppDatabase,
  actorId: string,
  competitionId: number,
  categoryId: number,
  now: Date,
): void {
  db.transaction((tx) => {
    const category = requireCategory(tx, competitionId, categoryId);
    const used = tx.select({ id: cases.id }).from(cases).where(eq(cases.categoryId, categoryId)).limit(1).get();
    if (used) throw new DomainError("conflict", "category.notEmpty", { params: { name: category.name } });
    tx.delete(categories).where(eq(categories.id, categoryId)).run();
    writeAudit(tx, {
      actorId,
      action: "category.removed",
      subjectType: "category",
      subjectId: categoryId,
      details: { name: category.name },
      at: now,
    });
  });
}

/** Competition settings the chair turns on and off with one button, and what the audit log calls each. */
const SWITCHES = {
  blindJudging: { column: "isBlindJudging", on: "blind-judging.on", off: "blind-judging.off" },
  shareFeedback: { column: "shareFeedback", on: "feedback.shared", off: "feedback.hidden" },
} as const;

export function setCompetitionSwitch(
  db: AppDatabase,
  chairId: string,
  competitionId: number,
  setting: keyof typeof SWITCHES,
  on: boolean,
  now: Date,
): void {
  const { column, ...actions } = SWITCHES[setting];
  db.transaction((tx) => {
    requireCompetition(tx, competitionId);
    tx.update(competitions)
      .set({ [column]: on })
      .where(eq(competitions.id, competitionId))
      .run();
    writeAudit(tx, {
      actorId: chairId,
      action: on ? actions.on : actions.off,
      subjectType: "competition",
      subjectId: competitionId,
      at: now,
    });
  });
}
