import { and, asc, count, desc, eq, inArray, ne, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import {
  assignments,
  cases,
  categories,
  competitions,
  organisations,
  publications,
  rankingEntries,
  scoreSheets,
  users,
} from "#db/schema.ts";
import { writeAudit } from "./audit.server.ts";
import { requireCompetition } from "./competition-lookup.server.ts";
import type { ScoringRound } from "./jury-states.ts";
import { rankCompetition, RANKING_METHODS, type FinalSheet, type RankedCase, type RankingMethod } from "./ranking.ts";
import { pageBounds } from "./paging.ts";
import type { RankingFilter, RankingOrder, RankingSort } from "./ranking-list.ts";
import type { StepScores } from "./step-weights.ts";
import { byStepField, JUDGING_STEPS, perStep, type StepMeanField } from "./steps.ts";

type Competition = ReturnType<typeof requireCompetition>;

/** The cases a round ranks: every submitted case in the main round, the published finalists in the final. */
function rankableCases(db: DbOrTransaction, competitionId: number, round: ScoringRound) {
  const submitted = db
    .select({ caseId: cases.id, categoryId: cases.categoryId })
    .from(cases)
    .where(and(eq(cases.competitionId, competitionId), eq(cases.status, "submitted")))
    .all();
  if (round === "main") return submitted;
  const finalists = publishedFinalistIds(db, competitionId);
  return submitted.filter((item) => finalists.includes(item.caseId));
}

/** The finalists fixed by the published finalists stage; none before it. */
export function publishedFinalistIds(db: DbOrTransaction, competitionId: number): number[] {
  const published = db
    .select({ snapshot: publications.snapshot, publishedAt: publications.publishedAt })
    .from(publications)
    .where(and(eq(publications.competitionId, competitionId), eq(publications.stage, "finalists")))
    .get();
  return published?.publishedAt ? published.snapshot.categories.flatMap((category) => category.finalistIds) : [];
}

/** Final sheets of one round from jurors without a declared conflict, with their category's weights. */
function finalSheets(db: DbOrTransaction, competitionId: number, round: ScoringRound): FinalSheet[] {
  return db
    .select({
      caseId: cases.id,
      jurorId: assignments.jurorId,
      scores: perStep((step) => scoreSheets[step.scoreField]),
      weights: perStep((step) => categories[step.weightField]),
    })
    .from(scoreSheets)
    .innerJoin(assignments, eq(scoreSheets.assignmentId, assignments.id))
    .innerJoin(cases, eq(assignments.caseId, cases.id))
    .innerJoin(categories, eq(cases.categoryId, categories.id))
    .where(
      and(
        eq(cases.competitionId, competitionId),
        eq(cases.status, "submitted"),
        eq(scoreSheets.round, round),
        eq(scoreSheets.status, "final"),
        ne(assignments.conflictStatus, "declared"),
      ),
    )
    .all()
    .map((row) => ({
      caseId: row.caseId,
      jurorId: row.jurorId,
      // A final sheet has all three scores; the domain refuses to finalise otherwise.
      scores: perStep(({ key }) => row.scores[key]!),
      weights: row.weights,
    }));
}

/** What a round's ranking is computed from, read once so several methods can rank the same data. */
function rankingInputs(db: DbOrTransaction, competition: Competition, round: ScoringRound) {
  return {
    cases: rankableCases(db, competition.id, round),
    sheets: finalSheets(db, competition.id, round),
    options: { minSheets: competition.minScoreSheets, scale: { min: competition.scaleMin, max: competition.scaleMax } },
  };
}

/**
 * Rewrites the competition's ranking table. Called inside the transaction of every change that can
 * move it, so the table is never behind the sheets. Normalisation looks at every sheet in the
 * competition, so the whole competition is recomputed, which is cheap at an award's size.
 */
export function refreshRanking(tx: DbOrTransaction, competitionId: number, now: Date): void {
  const competition = requireCompetition(tx, competitionId);
  const rounds: ScoringRound[] = competition.finalRoundOpenedAt ? ["main", "final"] : ["main"];
  const ranked = rounds.flatMap((round) => {
    const inputs = rankingInputs(tx, competition, round);
    return rankCompetition(inputs.cases, inputs.sheets, { ...inputs.options, method: competition.rankingMethod }).map(
      (entry) => ({ ...entry, round }),
    );
  });
  tx.delete(rankingEntries).where(eq(rankingEntries.competitionId, competitionId)).run();
  if (ranked.length === 0) return;
  tx.insert(rankingEntries)
    .values(
      ranked.map((entry) => ({
        caseId: entry.caseId,
        round: entry.round,
        competitionId,
        categoryId: entry.categoryId,
        rank: entry.rank,
        score: entry.score,
        rawMean: entry.rawMean,
        ...byStepField("meanField", (step) => entry.stepMeans?.[step.key] ?? null),
        sheetCount: entry.sheetCount,
        spread: entry.spread,
        tooFewSheets: entry.tooFewSheets,
        highDisagreement: entry.highDisagreement,
        updatedAt: now,
      })),
    )
    .run();
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
      ? or(sql`${cases.title} LIKE ${pattern} ESCAPE '\\'`, sql`${organisations.name} LIKE ${pattern} ESCAPE '\\'`)
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
    title: [direction(sql`${cases.title} COLLATE NOCASE`)],
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
      title: cases.title,
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
  db: DbOrTransaction,
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

/** Every method's rank and score for each case of the competition, to preview before choosing. */
export function previewRankingMethods(db: AppDatabase, competitionId: number, round: ScoringRound) {
  const inputs = rankingInputs(db, requireCompetition(db, competitionId), round);
  const byMethod = Object.fromEntries(
    RANKING_METHODS.map((method) => [
      method,
      rankCompetition(inputs.cases, inputs.sheets, { ...inputs.options, method }),
    ]),
  ) as Record<RankingMethod, RankedCase[]>;
  const result = new Map<number, Record<RankingMethod, { rank: number | null; score: number | null }>>();
  for (const method of RANKING_METHODS) {
    for (const entry of byMethod[method]) {
      const row =
        result.get(entry.caseId) ?? ({} as Record<RankingMethod, { rank: number | null; score: number | null }>);
      row[method] = { rank: entry.rank, score: entry.score };
      result.set(entry.caseId, row);
    }
  }
  return result;
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
      caseTitle: cases.title,
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
