import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  inArray,
  isNotNull,
  isNull,
  ne,
  or,
  sql,
  type SQL,
  type SQLWrapper,
} from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import {
  assignments,
  cases,
  categories,
  competitions,
  organisations,
  rankingEntries,
  scoreSheets,
  users,
} from "#db/schema.ts";
import { competingTitle } from "./case-versions.server.ts";
import { writeAudit } from "./audit.server.ts";
import { requireCompetition } from "./competition-lookup.server.ts";
import { requireNotPublished } from "./publication-freeze.server.ts";
import type { ScoringRound } from "./jury-states.ts";
import {
  rankCompetitionByMethods,
  rankEntries,
  RANKING_METHODS,
  type FinalSheet,
  type MethodResult,
  type RankedCaseByMethods,
  type RankingMethod,
} from "./ranking.ts";
import { pageBounds } from "./paging.ts";
import { currentPublishedSnapshot } from "./publication-versions.server.ts";
import { readWhileUnchanged } from "./read-cache.server.ts";
import type { RankingFilter, RankingOrder, RankingSort } from "./ranking-list.ts";
import { stepContributions, type StepScores, type StepWeights } from "./step-weights.ts";
import { byStepField, JUDGING_STEPS, perStep, type StepMeanField } from "./steps.ts";

type Competition = ReturnType<typeof requireCompetition>;

/** The cases a round ranks: every submitted case in the main round, the published finalists in the final. */
function rankableCases(db: DbOrTransaction, competitionId: number, round: ScoringRound, categoryId?: number) {
  const submitted = db
    .select({ caseId: cases.id, categoryId: cases.categoryId })
    .from(cases)
    .where(
      and(
        eq(cases.competitionId, competitionId),
        eq(cases.status, "submitted"),
        categoryId === undefined ? undefined : eq(cases.categoryId, categoryId),
      ),
    )
    .all();
  if (round === "main") return submitted;
  const finalists = new Set(publishedFinalistIds(db, competitionId));
  return submitted.filter((item) => finalists.has(item.caseId));
}

/** The finalists fixed by the published finalists stage, as corrected since (ADR 0028); none before it. */
export function publishedFinalistIds(db: DbOrTransaction, competitionId: number): number[] {
  const published = currentPublishedSnapshot(db, competitionId, "finalists");
  return published ? published.snapshot.categories.flatMap((category) => category.finalistIds) : [];
}

/**
 * Final sheets of one round from jurors without a declared conflict, with their category's weights;
 * of one category or all. The hot read of every refresh: flat columns read as arrays, without
 * Drizzle's per-row mapping into objects, and one weights object per category shared by its sheets.
 */
function finalSheets(
  db: DbOrTransaction,
  competitionId: number,
  round: ScoringRound,
  categoryId?: number,
  caseId?: number,
) {
  const weightsByCategory = new Map(
    db
      .select({ id: categories.id, weights: perStep((step) => categories[step.weightField]) })
      .from(categories)
      .where(eq(categories.competitionId, competitionId))
      .all()
      .map((category) => [category.id, category.weights]),
  );
  const rows = db
    .select({
      caseId: cases.id,
      categoryId: cases.categoryId,
      jurorId: assignments.jurorId,
      ...byStepField("scoreField", (step) => scoreSheets[step.scoreField]),
    })
    .from(scoreSheets)
    .innerJoin(assignments, eq(scoreSheets.assignmentId, assignments.id))
    .innerJoin(cases, eq(assignments.caseId, cases.id))
    .where(
      and(
        eq(cases.competitionId, competitionId),
        categoryId === undefined ? undefined : eq(cases.categoryId, categoryId),
        caseId === undefined ? undefined : eq(cases.id, caseId),
        eq(cases.status, "submitted"),
        eq(scoreSheets.round, round),
        eq(scoreSheets.status, "final"),
        ne(assignments.conflictStatus, "declared"),
      ),
    )
    .values() as [number, number, string, number, number, number][];
  // Columns in the order selected: case, category, juror, the three scores. A final sheet has all
  // three scores; the domain refuses to finalise otherwise.
  return rows.map(([caseId, categoryOfCase, jurorId, promise, anchoring, realisation]) => ({
    caseId,
    jurorId,
    scores: { promise, anchoring, realisation },
    weights: weightsByCategory.get(categoryOfCase)!,
  })) satisfies FinalSheet[];
}

/** What a round's ranking is computed from: the whole round, or one category of it. */
export function rankingInputs(db: DbOrTransaction, competition: Competition, round: ScoringRound, categoryId?: number) {
  return {
    cases: rankableCases(db, competition.id, round, categoryId),
    sheets: finalSheets(db, competition.id, round, categoryId),
    options: { minSheets: competition.minScoreSheets, scale: { min: competition.scaleMin, max: competition.scaleMax } },
  };
}

/** Where each method's rank and score are stored beside the chosen one. */
const METHOD_COLUMNS = {
  mean: { rank: "rankMean", score: "scoreMean" },
  median: { rank: "rankMedian", score: "scoreMedian" },
  trimmed: { rank: "rankTrimmed", score: "scoreTrimmed" },
  normalised: { rank: "rankNormalised", score: "scoreNormalised" },
} as const satisfies Record<RankingMethod, { rank: keyof RankingRow; score: keyof RankingRow }>;

/** The methods that rank a category from its own sheets alone; normalisation needs the whole round. */
const PER_CATEGORY_METHODS = RANKING_METHODS.filter((method) => method !== "normalised");

type RankingRow = typeof rankingEntries.$inferSelect;
type ComparedColumn = Exclude<keyof RankingRow, "caseId" | "round" | "competitionId" | "updatedAt">;
type StoredValues = Record<ComparedColumn, number | null>;

/**
 * The columns a refresh compares and writes, and how each is read off a ranked case as stored
 * (booleans 0/1); `updatedAt` follows a change. Compared one at a time, so an unchanged row costs
 * no allocation.
 */
const COMPARED: readonly { column: ComparedColumn; of: (entry: RankedCaseByMethods) => number | null }[] = [
  { column: "categoryId", of: (entry) => entry.categoryId },
  { column: "rank", of: (entry) => entry.rank },
  { column: "score", of: (entry) => entry.score },
  { column: "rawMean", of: (entry) => entry.rawMean },
  ...JUDGING_STEPS.map((step) => ({
    column: step.meanField,
    of: (entry: RankedCaseByMethods) => entry.stepMeans?.[step.key] ?? null,
  })),
  { column: "sheetCount", of: (entry) => entry.sheetCount },
  { column: "spread", of: (entry) => entry.spread },
  { column: "tooFewSheets", of: (entry) => (entry.tooFewSheets ? 1 : 0) },
  { column: "highDisagreement", of: (entry) => (entry.highDisagreement ? 1 : 0) },
  ...RANKING_METHODS.flatMap((method) => [
    { column: METHOD_COLUMNS[method].rank, of: (entry: RankedCaseByMethods) => entry.byMethod[method]?.rank ?? null },
    {
      column: METHOD_COLUMNS[method].score,
      of: (entry: RankedCaseByMethods) => entry.byMethod[method]?.score ?? null,
    },
  ]),
];
const COMPARED_COLUMNS = COMPARED.map(({ column }) => column);

function storedValues(entry: RankedCaseByMethods): StoredValues {
  return Object.fromEntries(COMPARED.map(({ column, of }) => [column, of(entry)])) as StoredValues;
}

/** The columns whose stored value (`stored[1…]`, after the case id) differs from the entry's. */
function changedColumns(stored: readonly unknown[], entry: RankedCaseByMethods): ComparedColumn[] {
  const changed: ComparedColumn[] = [];
  COMPARED.forEach(({ column, of }, index) => {
    if (stored[index + 1] !== of(entry)) changed.push(column);
  });
  return changed;
}

type RowToWrite = StoredValues & { caseId: number; round: ScoringRound; competitionId: number; updatedAt: Date };

/**
 * The statements of one refresh, each prepared once and run once per row: an insert for a new
 * row, an update of just the columns that changed (prepared the first time a set of columns
 * occurs: under normalisation most rows change only their scores), a delete. Per-row prepared
 * statements measured faster than multi-row INSERTs, whose SQL Drizzle rebuilds for every chunk.
 */
function rankingWriters(tx: DbOrTransaction) {
  const placeholders = (keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, sql.placeholder(key)]));
  const thisRow = and(
    eq(rankingEntries.caseId, sql.placeholder("caseId")),
    eq(rankingEntries.round, sql.placeholder("round")),
  );
  const fromInsert = () =>
    Object.fromEntries(
      [...COMPARED_COLUMNS, "updatedAt" as const].map((key) => [
        key,
        sql`excluded.${sql.identifier(rankingEntries[key].name)}`,
      ]),
    );
  // Prepared on first use: most refreshes only update.
  const prepareInsert = () =>
    tx
      .insert(rankingEntries)
      .values(
        placeholders([
          ...COMPARED_COLUMNS,
          "caseId",
          "round",
          "competitionId",
          "updatedAt",
        ]) as unknown as typeof rankingEntries.$inferInsert,
      )
      // A row kept under another category is taken over rather than refused.
      .onConflictDoUpdate({ target: [rankingEntries.caseId, rankingEntries.round], set: fromInsert() })
      .prepare();
  const prepareRemove = () => tx.delete(rankingEntries).where(thisRow).prepare();
  let insert: ReturnType<typeof prepareInsert> | undefined;
  let remove: ReturnType<typeof prepareRemove> | undefined;
  const updates = new Map<string, { run: (row: RowToWrite) => unknown }>();
  return {
    insert: (row: RowToWrite) => (insert ??= prepareInsert()).run(row),
    update(changed: readonly ComparedColumn[], row: RowToWrite) {
      const key = changed.join();
      let update = updates.get(key);
      if (!update) {
        update = tx
          .update(rankingEntries)
          .set(placeholders([...changed, "updatedAt"]))
          .where(thisRow)
          .prepare();
        updates.set(key, update);
      }
      update.run(row);
    },
    remove: (caseId: number, round: ScoringRound) => (remove ??= prepareRemove()).run({ caseId, round }),
  };
}

/**
 * Recomputes one round of the ranking, whole or for one category, and writes only the rows that
 * differ from what is stored: a finalised sheet usually moves a handful of ranks, not thousands.
 */
function refreshRound(
  tx: DbOrTransaction,
  competition: Competition,
  round: ScoringRound,
  categoryId: number | undefined,
  now: Date,
  caseId?: number,
): void {
  const inCompetitionRound = and(eq(rankingEntries.competitionId, competition.id), eq(rankingEntries.round, round));
  if (categoryId !== undefined) {
    // The normalised preview depends on every sheet of the round: it is now out of date everywhere,
    // and is filled again by the next full recompute (the chair's preview asks for one).
    tx.update(rankingEntries)
      .set({ rankNormalised: null, scoreNormalised: null })
      .where(and(inCompetitionRound, isNotNull(rankingEntries.scoreNormalised)))
      .run();
  }
  // Each stored row as read: the case id, then the compared columns in their order.
  const stored = new Map(
    (
      tx
        .select({ caseId: rankingEntries.caseId, ...rankingColumns(COMPARED_COLUMNS) })
        .from(rankingEntries)
        .where(
          and(inCompetitionRound, categoryId === undefined ? undefined : eq(rankingEntries.categoryId, categoryId)),
        )
        .values() as [number, ...(number | null)[]][]
    ).map((row) => [row[0], row]),
  );
  const ranked =
    categoryId !== undefined && caseId !== undefined && stored.has(caseId)
      ? rerankAfterOneCase(tx, competition, round, categoryId, caseId, stored)
      : rankRound(tx, competition, round, categoryId);
  const writers = rankingWriters(tx);
  const rowOf = (entry: RankedCaseByMethods) => ({
    ...storedValues(entry),
    caseId: entry.caseId,
    round,
    competitionId: competition.id,
    updatedAt: now,
  });
  for (const entry of ranked) {
    const before = stored.get(entry.caseId);
    stored.delete(entry.caseId);
    if (!before) {
      writers.insert(rowOf(entry));
      continue;
    }
    const changed = changedColumns(before, entry);
    if (changed.length) writers.update(changed, rowOf(entry));
  }
  // What is left was stored but is no longer ranked: the case left "submitted" or the final.
  for (const caseId of stored.keys()) writers.remove(caseId, round);
}

function rankRound(tx: DbOrTransaction, competition: Competition, round: ScoringRound, categoryId: number | undefined) {
  const inputs = rankingInputs(tx, competition, round, categoryId);
  return rankCompetitionByMethods(
    inputs.cases,
    inputs.sheets,
    { ...inputs.options, method: competition.rankingMethod },
    categoryId === undefined ? RANKING_METHODS : PER_CATEGORY_METHODS,
  );
}

/** Where each compared column sits in a stored row as read (after the case id). */
const STORED_POSITION = Object.fromEntries(COMPARED_COLUMNS.map((column, index) => [column, index + 1])) as Record<
  ComparedColumn,
  number
>;

/** A stored row read back as the ranked case it was written from (the per-category methods only). */
function storedEntry(row: readonly (number | null)[]): RankedCaseByMethods {
  const value = (column: ComparedColumn) => row[STORED_POSITION[column]] ?? null;
  const stepMeans = JUDGING_STEPS.some((step) => value(step.meanField) === null)
    ? null
    : perStep((step) => value(step.meanField)!);
  return {
    caseId: row[0]!,
    categoryId: value("categoryId")!,
    rank: value("rank"),
    score: value("score"),
    rawMean: value("rawMean"),
    stepMeans,
    sheetCount: value("sheetCount")!,
    spread: value("spread"),
    tooFewSheets: value("tooFewSheets") === 1,
    highDisagreement: value("highDisagreement") === 1,
    byMethod: Object.fromEntries(
      PER_CATEGORY_METHODS.map((method) => [
        method,
        { rank: value(METHOD_COLUMNS[method].rank), score: value(METHOD_COLUMNS[method].score) },
      ]),
    ),
  };
}

/**
 * One case's sheets changed (a finalise or reopen) under a per-category method: only that case's
 * figures can change, so it is recomputed from its own sheets and the category re-ranked from the
 * stored figures of the others. Equal to recomputing the category (tested), at a fraction of the
 * reads: five sheets instead of every sheet of the category.
 */
function rerankAfterOneCase(
  tx: DbOrTransaction,
  competition: Competition,
  round: ScoringRound,
  categoryId: number,
  caseId: number,
  stored: ReadonlyMap<number, readonly (number | null)[]>,
) {
  const options = {
    minSheets: competition.minScoreSheets,
    scale: { min: competition.scaleMin, max: competition.scaleMax },
  };
  const [changed] = rankCompetitionByMethods(
    [{ caseId, categoryId }],
    finalSheets(tx, competition.id, round, categoryId, caseId),
    { ...options, method: competition.rankingMethod },
    PER_CATEGORY_METHODS,
  );
  const entries = [...stored.values()].map((row) => (row[0] === caseId ? changed! : storedEntry(row)));
  return rankEntries(entries, competition.rankingMethod, PER_CATEGORY_METHODS);
}

/** Ranking columns by name, to select. */
function rankingColumns<K extends keyof RankingRow>(keys: readonly K[]): Pick<typeof rankingEntries, K> {
  return Object.fromEntries(keys.map((key) => [key, rankingEntries[key]])) as Pick<typeof rankingEntries, K>;
}

/** What a change can move: by default every round and category; a sheet's change only its own. */
export type RankingScope = {
  round?: ScoringRound;
  categoryId?: number;
  /** The one case whose sheets changed (a finalise or reopen); its category must be given too. */
  caseId?: number;
};

/**
 * Brings the competition's ranking table up to date. Called inside the transaction of every change
 * that can move it, so the table is never behind the sheets. Under the mean, median and trimmed
 * mean a change within one category (a sheet, a case, its weights) moves only that category, so
 * only that category is recomputed; under normalisation a juror's habit spans the competition, so
 * the whole round is (ADR 0016).
 */
export function refreshRanking(tx: DbOrTransaction, competitionId: number, now: Date, scope: RankingScope = {}): void {
  const competition = requireCompetition(tx, competitionId);
  const rounds: ScoringRound[] = competition.finalRoundOpenedAt ? ["main", "final"] : ["main"];
  const categoryId = competition.rankingMethod === "normalised" ? undefined : scope.categoryId;
  for (const round of rounds) {
    if (scope.round === undefined || scope.round === round) {
      refreshRound(tx, competition, round, categoryId, now, categoryId === undefined ? undefined : scope.caseId);
    }
  }
}

/** A ranking row's mean per step: all three once the case has a final sheet, else none. */
function stepMeansOf(row: Record<StepMeanField, number | null>): StepScores | null {
  if (JUDGING_STEPS.some((step) => row[step.meanField] === null)) return null;
  return perStep((step) => row[step.meanField]!);
}

/** The rows a ranking filter keeps: one round, optionally one category, a flag, a word in the title or company. */
function rankingWhere(competitionId: number, round: ScoringRound, filter: RankingFilter) {
  const search = filter.search?.trim();
  // LIKE's own wildcards in what the chair typed are matched as themselves.
  const pattern = search ? `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%` : null;
  const flagged = {
    "too-few": eq(rankingEntries.tooFewSheets, true),
    disagreement: eq(rankingEntries.highDisagreement, true),
    any: or(eq(rankingEntries.tooFewSheets, true), eq(rankingEntries.highDisagreement, true)),
  };
  return and(
    eq(rankingEntries.competitionId, competitionId),
    eq(rankingEntries.round, round),
    filter.categoryId === undefined ? undefined : eq(rankingEntries.categoryId, filter.categoryId),
    filter.flag ? flagged[filter.flag] : undefined,
    pattern
      ? or(sql`${competingTitle} LIKE ${pattern} ESCAPE '\\'`, sql`${organisations.name} LIKE ${pattern} ESCAPE '\\'`)
      : undefined,
  );
}

/**
 * Categories in their order (unless the rows are of one category), then the chosen column (empty
 * values last whichever way), then place and case id, so every row has one fixed position and pages
 * neither repeat nor skip a case.
 */
function rankingOrderBy(order: RankingOrder | undefined, byCategory: boolean): SQL[] {
  const byRank = [sql`${rankingEntries.rank} IS NULL`, asc(rankingEntries.rank), asc(rankingEntries.caseId)];
  const categoryFirst = byCategory ? [asc(categories.position)] : [];
  if (!order) return [...categoryFirst, ...byRank];
  const direction = order.direction === "asc" ? asc : desc;
  const emptyLast = (column: SQLWrapper) => [sql`${column} IS NULL`, direction(column)];
  const keys: Record<RankingSort, SQL[]> = {
    rank: emptyLast(rankingEntries.rank),
    score: emptyLast(rankingEntries.score),
    raw: emptyLast(rankingEntries.rawMean),
    sheets: [direction(rankingEntries.sheetCount)],
    spread: emptyLast(rankingEntries.spread),
    title: [direction(sql`${competingTitle} COLLATE NOCASE`)],
    organisation: [direction(sql`${organisations.name} COLLATE NOCASE`)],
  };
  return [...categoryFirst, ...keys[order.sort], ...byRank];
}

/**
 * The case ids of one page, picked from the ranking table with only the joins the filter and sort
 * need; the page's rows are then read with their titles and companies for those ids alone, instead
 * of joining every case of the category only to keep 25.
 */
function rankingPageIds(
  db: DbOrTransaction,
  competitionId: number,
  round: ScoringRound,
  selection: RankingSelection & { limit: number },
): number[] {
  const byCategory = selection.categoryId === undefined;
  const byName =
    Boolean(selection.search?.trim()) || selection.order?.sort === "title" || selection.order?.sort === "organisation";
  const query = db.select({ caseId: rankingEntries.caseId }).from(rankingEntries).$dynamic();
  if (byName) {
    query
      .innerJoin(cases, eq(rankingEntries.caseId, cases.id))
      .innerJoin(organisations, eq(cases.organisationId, organisations.id));
  }
  if (byCategory) query.innerJoin(categories, eq(rankingEntries.categoryId, categories.id));
  return query
    .where(rankingWhere(competitionId, round, selection))
    .orderBy(...rankingOrderBy(selection.order, byCategory))
    .limit(selection.limit)
    .offset(selection.offset ?? 0)
    .all()
    .map((row) => row.caseId);
}

export type RankingSelection = RankingFilter & { order?: RankingOrder; limit?: number; offset?: number };

/**
 * The stored ranking, best first per category unless another order is asked for, with what the
 * chair needs to read it: all of it, or the rows a filter keeps, a page at a time. `stepMeans`
 * gathers the step columns (`meanPromise`, …) into one value per step.
 */
export function getRanking(
  db: DbOrTransaction,
  competitionId: number,
  round: ScoringRound,
  selection: RankingSelection = {},
) {
  const pageIds =
    selection.limit === undefined
      ? null
      : rankingPageIds(db, competitionId, round, { ...selection, limit: selection.limit });
  if (pageIds?.length === 0) return [];
  return db
    .select({
      caseId: rankingEntries.caseId,
      categoryId: rankingEntries.categoryId,
      categoryName: categories.name,
      title: competingTitle,
      organisationName: organisations.name,
      rank: rankingEntries.rank,
      score: rankingEntries.score,
      rawMean: rankingEntries.rawMean,
      ...byStepField("meanField", (step) => rankingEntries[step.meanField]),
      sheetCount: rankingEntries.sheetCount,
      spread: rankingEntries.spread,
      tooFewSheets: rankingEntries.tooFewSheets,
      highDisagreement: rankingEntries.highDisagreement,
    })
    .from(rankingEntries)
    .innerJoin(cases, eq(rankingEntries.caseId, cases.id))
    .innerJoin(categories, eq(rankingEntries.categoryId, categories.id))
    .innerJoin(organisations, eq(cases.organisationId, organisations.id))
    .where(
      pageIds
        ? and(eq(rankingEntries.round, round), inArray(rankingEntries.caseId, pageIds))
        : rankingWhere(competitionId, round, selection),
    )
    .orderBy(...rankingOrderBy(selection.order, true))
    .all()
    .map((row) => ({ ...row, stepMeans: stepMeansOf(row) }));
}

/** How many rows a ranking filter keeps, counted in SQL, for the pages' arithmetic. */
export function countRanking(db: DbOrTransaction, competitionId: number, round: ScoringRound, filter: RankingFilter) {
  const query = db.select({ total: count() }).from(rankingEntries);
  const where = rankingWhere(competitionId, round, filter);
  // The joins are there only for a search in the title or company.
  return (
    filter.search?.trim()
      ? query
          .innerJoin(cases, eq(rankingEntries.caseId, cases.id))
          .innerJoin(organisations, eq(cases.organisationId, organisations.id))
          .where(where)
          .get()
      : query.where(where).get()
  )!.total;
}

/** Per category of a round: how many cases, how many short of sheets, with jurors far apart, or either. */
export function rankingTotals(db: DbOrTransaction, competitionId: number, round: ScoringRound) {
  return db
    .select({
      categoryId: rankingEntries.categoryId,
      cases: count(),
      tooFew: sql<number>`coalesce(sum(${rankingEntries.tooFewSheets}), 0)`,
      disagreement: sql<number>`coalesce(sum(${rankingEntries.highDisagreement}), 0)`,
      flagged: sql<number>`coalesce(sum(${rankingEntries.tooFewSheets} OR ${rankingEntries.highDisagreement}), 0)`,
    })
    .from(rankingEntries)
    .where(and(eq(rankingEntries.competitionId, competitionId), eq(rankingEntries.round, round)))
    .groupBy(rankingEntries.categoryId)
    .all();
}

/**
 * One page of a category's ranking as the chair's page shows it: the cases per category (for the
 * tabs), the rows the filter keeps counted in SQL, and only the requested page of them. Without a
 * search, the per-category totals already hold the count of every flag filter.
 */
export function rankingPage(
  db: AppDatabase,
  competitionId: number,
  round: ScoringRound,
  filter: RankingFilter & { categoryId: number },
  order: RankingOrder,
  page: { page: number; size: number },
) {
  // The ranking table changes only by a write, so a page seen again (a refresh, many chairs, the
  // next page and back) is a lookup until then.
  const key = `ranking:page:${competitionId}:${round}:${JSON.stringify([filter, order, page])}`;
  return readWhileUnchanged(db, key, () => readRankingPage(db, competitionId, round, filter, order, page));
}

function readRankingPage(
  db: AppDatabase,
  competitionId: number,
  round: ScoringRound,
  filter: RankingFilter & { categoryId: number },
  order: RankingOrder,
  page: { page: number; size: number },
) {
  const totals = rankingTotals(db, competitionId, round);
  const category = totals.find((item) => item.categoryId === filter.categoryId);
  const flagTotals = { "too-few": category?.tooFew, disagreement: category?.disagreement, any: category?.flagged };
  const total = filter.search?.trim()
    ? countRanking(db, competitionId, round, filter)
    : ((filter.flag ? flagTotals[filter.flag] : category?.cases) ?? 0);
  const slice = pageBounds(total, page.page, page.size);
  return {
    totals,
    slice,
    rows: getRanking(db, competitionId, round, { ...filter, order, limit: slice.pageSize, offset: slice.offset }),
  };
}

/**
 * A page's ranking rows as the chair's table and charts read them: the case reference, the step
 * means together (from the first final sheet on, or not at all), each method's result beside the
 * chosen one, and what each step contributed under the category's weights.
 */
export function chairRankingRows(
  rows: ReturnType<typeof getRanking>,
  /** The case's reference (cases.server.ts imports this file, so it is passed in). */
  referenceOf: (caseId: number) => string,
  weights: StepWeights | null,
  previews: ReadonlyMap<number, Record<RankingMethod, MethodResult>> | null,
) {
  return rows.map((row) => {
    const stepMeans = row.sheetCount === 0 ? null : perStep((step) => row[step.meanField] ?? 0);
    return {
      caseId: row.caseId,
      title: row.title,
      organisationName: row.organisationName,
      rank: row.rank,
      score: row.score,
      rawMean: row.rawMean,
      sheetCount: row.sheetCount,
      spread: row.spread,
      tooFewSheets: row.tooFewSheets,
      highDisagreement: row.highDisagreement,
      reference: referenceOf(row.caseId),
      stepMeans,
      byMethod: previews?.get(row.caseId) ?? null,
      contributions: stepMeans && weights ? stepContributions(stepMeans, weights) : null,
    };
  });
}

/**
 * Every method's rank and score for each case of a round (or of one category, or of the cases a page
 * shows), to preview before choosing; read from the ranking table. After a category-only recompute the normalised column is
 * empty: the first preview fills it with one recompute of the round, and later ones only read.
 */
export function previewRankingMethods(
  db: AppDatabase,
  competitionId: number,
  round: ScoringRound,
  now: Date,
  only: { categoryId?: number; caseIds?: readonly number[] } = {},
) {
  const inRound = and(eq(rankingEntries.competitionId, competitionId), eq(rankingEntries.round, round));
  // Kept until the next write, like the page it stands beside; a fill is a write, so the next view
  // reads the filled columns once and keeps them.
  const key = `ranking:preview:${competitionId}:${round}:${JSON.stringify(only)}`;
  return readWhileUnchanged(db, key, () =>
    db.transaction((tx) => {
      const unfilled = tx
        .select({ caseId: rankingEntries.caseId })
        .from(rankingEntries)
        .where(and(inRound, isNull(rankingEntries.scoreNormalised), gt(rankingEntries.sheetCount, 0)))
        .limit(1)
        .get();
      if (unfilled) refreshRanking(tx, competitionId, now, { round });
      const rows = tx
        .select({
          caseId: rankingEntries.caseId,
          ...rankingColumns(
            RANKING_METHODS.flatMap((method) => [METHOD_COLUMNS[method].rank, METHOD_COLUMNS[method].score]),
          ),
        })
        .from(rankingEntries)
        .where(
          and(
            inRound,
            only.categoryId === undefined ? undefined : eq(rankingEntries.categoryId, only.categoryId),
            only.caseIds === undefined ? undefined : inArray(rankingEntries.caseId, [...only.caseIds]),
          ),
        )
        .all();
      return new Map(
        rows.map((row) => [
          row.caseId,
          Object.fromEntries(
            RANKING_METHODS.map((method) => [
              method,
              { rank: row[METHOD_COLUMNS[method].rank], score: row[METHOD_COLUMNS[method].score] },
            ]),
          ) as Record<RankingMethod, MethodResult>,
        ]),
      );
    }),
  );
}

export function setRankingMethod(
  db: AppDatabase,
  chairId: string,
  competitionId: number,
  method: RankingMethod,
  now: Date,
): void {
  db.transaction((tx) => {
    const competition = requireCompetition(tx, competitionId);
    if (competition.rankingMethod === method) return;
    requireNotPublished(tx, competitionId, "method");
    tx.update(competitions).set({ rankingMethod: method }).where(eq(competitions.id, competitionId)).run();
    refreshRanking(tx, competitionId, now);
    writeAudit(tx, {
      actorId: chairId,
      action: "ranking.method-changed",
      subjectType: "competition",
      subjectId: competitionId,
      details: { from: competition.rankingMethod, to: method },
      at: now,
    });
  });
}

/** Every score sheet of the competition with its juror, for the chair's export. */
export function listScoreSheetsForExport(db: AppDatabase, competitionId: number) {
  return db
    .select({
      caseId: cases.id,
      caseTitle: competingTitle,
      categoryName: categories.name,
      organisationName: organisations.name,
      jurorName: users.name,
      jurorEmail: users.email,
      round: scoreSheets.round,
      conflictStatus: assignments.conflictStatus,
      status: scoreSheets.status,
      scores: perStep((step) => scoreSheets[step.scoreField]),
      comments: perStep((step) => scoreSheets[step.commentField]),
      overallComment: scoreSheets.overallComment,
      weights: perStep((step) => categories[step.weightField]),
      finalisedAt: scoreSheets.finalisedAt,
    })
    .from(scoreSheets)
    .innerJoin(assignments, eq(scoreSheets.assignmentId, assignments.id))
    .innerJoin(users, eq(assignments.jurorId, users.id))
    .innerJoin(cases, eq(assignments.caseId, cases.id))
    .innerJoin(categories, eq(cases.categoryId, categories.id))
    .innerJoin(organisations, eq(cases.organisationId, organisations.id))
    .where(eq(cases.competitionId, competitionId))
    .orderBy(asc(categories.position), asc(cases.id), asc(scoreSheets.round), asc(users.name))
    .all();
}
