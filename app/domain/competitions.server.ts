import { and, asc, count, desc, eq, gt, lt, max, sql } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import { assignments, cases, categories, competitions, publications, scoreSheets } from "#db/schema.ts";
import { writeAudit } from "./audit.server.ts";
import { validateCompetitionDates } from "./deadlines.ts";
import { DomainError, notFound } from "./errors.ts";
import { requireCompetition } from "./competition-lookup.server.ts";
import { hasPublished } from "./publication.server.ts";
import { requireNotPublished } from "./publication-freeze.server.ts";
import { refreshRanking } from "./ranking.server.ts";
import { DEFAULT_STEP_WEIGHTS, type StepWeights } from "./step-weights.ts";
import { byStepField, JUDGING_STEPS, perStep, STEP_KEYS } from "./steps.ts";

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

/**
 * The settings a publication rests on: the year names its URL, the scale, minimum and weights made
 * its ranking, the dates decided which cases competed. The name and the scoring deadline may still
 * change (a typo, a note for the record). Dates compare to the minute, as the form gives them.
 */
const FROZEN_SETTINGS = [
  "year",
  "submissionOpensAt",
  "submissionDeadlineAt",
  "scaleMin",
  "scaleMax",
  "minScoreSheets",
  ...JUDGING_STEPS.map((step) => step.defaultWeightField),
] as const;

function frozenSettingsChanged(before: ReturnType<typeof settingsRow>, after: ReturnType<typeof settingsRow>) {
  const comparable = (value: unknown) => (value instanceof Date ? Math.floor(value.getTime() / 60_000) : value);
  return FROZEN_SETTINGS.some((field) => comparable(before[field]) !== comparable(after[field]));
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
    if (frozenSettingsChanged(before, after)) requireNotPublished(tx, competitionId, "settings");
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
    requireNotPublished(tx, competitionId, "categories");
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

/** Whether the jury has started scoring a category: the number of final sheets in it, in any round. */
function finalSheetCount(tx: DbOrTransaction, categoryId: number): number {
  return (
    tx
      .select({ value: count() })
      .from(scoreSheets)
      .innerJoin(assignments, eq(assignments.id, scoreSheets.assignmentId))
      .innerJoin(cases, eq(cases.id, assignments.caseId))
      .where(and(eq(cases.categoryId, categoryId), eq(scoreSheets.status, "final")))
      .get()?.value ?? 0
  );
}

/** A category as its edit page shows it: whether it may change at all, and whether scoring has begun. */
export function getCategoryForEdit(db: AppDatabase, competitionId: number, categoryId: number) {
  const category = requireCategory(db, competitionId, categoryId);
  return {
    category: { ...category, weights: perStep((step) => category[step.weightField]) },
    published: hasPublished(db, competitionId),
    finalSheets: finalSheetCount(db, categoryId),
  };
}

/**
 * Name, description and weights of a category. Once its results are published nothing changes (the
 * snapshot was made from them). New weights move the ranking, so once a final sheet exists they need
 * `rankingChangeConfirmed`; the category's ranking is recomputed in the same transaction.
 */
export function updateCategory(
  db: AppDatabase,
  actorId: string,
  competitionId: number,
  categoryId: number,
  input: Required<CategoryInput>,
  now: Date,
  { rankingChangeConfirmed = false }: { rankingChangeConfirmed?: boolean } = {},
): void {
  db.transaction((tx) => {
    const before = requireCategory(tx, competitionId, categoryId);
    requireNotPublished(tx, competitionId, "categories");
    requireUniqueName(tx, competitionId, input.name, categoryId);
    const oldWeights = perStep((step) => before[step.weightField]);
    const weightsChanged = STEP_KEYS.some((key) => oldWeights[key] !== input.weights[key]);
    const scoringStarted = weightsChanged && finalSheetCount(tx, categoryId) > 0;
    if (scoringStarted && !rankingChangeConfirmed) {
      throw new DomainError("conflict", "category.weights.confirm", { field: "confirmRankingChange" });
    }
    tx.update(categories)
      .set({
        name: input.name.trim(),
        description: input.description.trim(),
        ...byStepField("weightField", (step) => input.weights[step.key]),
      })
      .where(eq(categories.id, categoryId))
      .run();
    writeAudit(tx, {
      actorId,
      action: "category.updated",
      subjectType: "category",
      subjectId: categoryId,
      details: { name: { from: before.name, to: input.name.trim() } },
      at: now,
    });
    if (weightsChanged) {
      writeAudit(tx, {
        actorId,
        action: "category.weights-changed",
        subjectType: "category",
        subjectId: categoryId,
        // Only a change after scoring began moved a ranking, and only then was it confirmed.
        details: { from: oldWeights, to: input.weights, ...(scoringStarted ? { rankingMoved: true } : {}) },
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
    requireNotPublished(tx, competitionId, "categories");
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
    requireNotPublished(tx, competitionId, "categories");
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

export type CloneInput = Pick<
  CompetitionSettings,
  "year" | "name" | "submissionOpensAt" | "submissionDeadlineAt" | "scoringDeadlineAt"
>;

/**
 * Last year's competition set up again for a new year: its scale, minimum sheets, default weights,
 * ranking method, blind judging and its categories (names, descriptions, order, weights), with the
 * new year's dates. Cases, jurors, sheets and results stay with the original.
 */
export function cloneCompetition(
  db: AppDatabase,
  actorId: string,
  sourceId: number,
  input: CloneInput,
  now: Date,
): { id: number } {
  return db.transaction((tx) => {
    const source = requireCompetition(tx, sourceId);
    const defaultWeights = perStep((step) => source[step.defaultWeightField]);
    const settings = { ...source, ...input, defaultWeights };
    checkSettings(tx, settings, null);
    const { id } = tx
      .insert(competitions)
      .values({
        ...settingsRow(settings),
        rankingMethod: source.rankingMethod,
        isBlindJudging: source.isBlindJudging,
        createdAt: now,
      })
      .returning({ id: competitions.id })
      .get();
    const sourceCategories = tx
      .select()
      .from(categories)
      .where(eq(categories.competitionId, sourceId))
      .orderBy(asc(categories.position))
      .all();
    for (const category of sourceCategories) {
      tx.insert(categories)
        .values({
          competitionId: id,
          name: category.name,
          description: category.description,
          position: category.position,
          ...byStepField("weightField", (step) => category[step.weightField]),
          createdAt: now,
        })
        .run();
    }
    writeAudit(tx, {
      actorId,
      action: "competition.cloned",
      subjectType: "competition",
      subjectId: id,
      details: { from: { id: sourceId, year: source.year }, year: input.year, categories: sourceCategories.length },
      at: now,
    });
    return { id };
  });
}

/** What the delete page shows before asking: the competition, its categories, and whether it has cases. */
export function getCompetitionForDeletion(db: AppDatabase, competitionId: number) {
  const competition = requireCompetition(db, competitionId);
  const countOf = (table: typeof cases | typeof categories) =>
    db.select({ value: count() }).from(table).where(eq(table.competitionId, competitionId)).get()?.value ?? 0;
  return {
    competition,
    caseCount: countOf(cases),
    categoryCount: countOf(categories),
    published: hasPublished(db, competitionId),
  };
}

/**
 * A competition set up by mistake goes, with its categories, as long as no company has a case in it
 * (a case, even a draft, is someone's work) and nothing was published. Publication drafts prepared
 * for it go too; the audit log keeps that it existed.
 */
export function deleteCompetition(
  db: AppDatabase,
  actorId: string,
  competitionId: number,
  now: Date,
): { year: number } {
  return db.transaction((tx) => {
    const competition = requireCompetition(tx, competitionId);
    const caseCount = tx.select({ value: count() }).from(cases).where(eq(cases.competitionId, competitionId)).get();
    if (caseCount && caseCount.value > 0) {
      throw new DomainError("conflict", "competition.delete.hasCases", { params: { count: caseCount.value } });
    }
    if (hasPublished(tx, competitionId)) throw new DomainError("conflict", "competition.delete.published");
    tx.delete(publications).where(eq(publications.competitionId, competitionId)).run();
    tx.delete(competitions).where(eq(competitions.id, competitionId)).run();
    writeAudit(tx, {
      actorId,
      action: "competition.deleted",
      subjectType: "competition",
      subjectId: competitionId,
      details: { year: competition.year, name: competition.name },
      at: now,
    });
    return { year: competition.year };
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
    // Who the jurors saw is part of how the result was made; sharing feedback afterwards is not.
    if (setting === "blindJudging") requireNotPublished(tx, competitionId, "settings");
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
