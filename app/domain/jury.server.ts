import { and, asc, count, desc, eq, inArray, isNotNull, isNull, ne, sql, type SQL } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import { assignments, cases, categories, competitions, organisations, scoreSheets, users } from "#db/schema.ts";
import { pairRank, planAutoAssignment, type AutoAssignmentPlan } from "./assignment.ts";
import { writeAudit } from "./audit.server.ts";
import { competingTitle } from "./case-versions.server.ts";
import { caseReference, caseSearchCondition } from "./cases.server.ts";
import { groundFor, loadConflictRules } from "./conflicts.server.ts";
import { conflictedCompanies, type ConflictGround } from "./conflicts.ts";
import { requireCompetition } from "./competition-lookup.server.ts";
import { isRoundOpen, roundDeadline } from "./deadlines.ts";
import { pendingInvitationEmails } from "./invitations.server.ts";
import { DomainError, notFound } from "./errors.ts";
import { JUROR_STANDINGS, jurorStanding, type JurorStanding, type ScoringRound } from "./jury-states.ts";
import type { CaseProgressFilter, CaseProgressSort, JurorProgressSort } from "./list-sorts.ts";
import { pageBounds, pageOf, sortRows, type ListQuery } from "./paging.ts";
import { requireCaseNotPublished, requireNotPublished } from "./publication-freeze.server.ts";
import { publishedFinalistIds } from "./ranking.server.ts";
import { readWhileUnchanged } from "./read-cache.server.ts";
import { reminderHistories } from "./reminder-history.server.ts";

/** An assignment's sheet of one round; the jury's lists speak of the main round unless they say otherwise. */
const roundSheet = (round: ScoringRound) =>
  and(eq(scoreSheets.assignmentId, assignments.id), eq(scoreSheets.round, round));

// ——— Assignment ———

function submittedCasesOf(db: DbOrTransaction, competitionId: number) {
  return db
    .select({ id: cases.id, title: competingTitle, organisationId: cases.organisationId })
    .from(cases)
    .where(and(eq(cases.competitionId, competitionId), eq(cases.status, "submitted")))
    .orderBy(asc(cases.id))
    .all();
}

export function listJurors(db: DbOrTransaction) {
  return (
    db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      // A deleted juror keeps their sheets but takes no new cases.
      .where(and(eq(users.role, "juror"), isNull(users.deletedAt)))
      // By name, then id: a fixed order, so a page of jurors never repeats or skips one.
      .orderBy(asc(users.name), asc(users.id))
      .all()
  );
}

function assignmentsOfCompetition(db: DbOrTransaction, competitionId: number) {
  return db
    .select({ caseId: assignments.caseId, jurorId: assignments.jurorId, conflictStatus: assignments.conflictStatus })
    .from(assignments)
    .innerJoin(cases, eq(assignments.caseId, cases.id))
    .where(eq(cases.competitionId, competitionId))
    .all();
}

/** The automatic plan for a competition as things stand; deterministic, so it can be recomputed to save. */
export function planCompetitionAssignment(db: DbOrTransaction, competitionId: number): AutoAssignmentPlan {
  const competition = requireCompetition(db, competitionId);
  const rules = loadConflictRules(db);
  return planAutoAssignment(
    submittedCasesOf(db, competitionId).flatMap((item) => {
      const company = rules.companies.get(item.organisationId);
      return company ? [{ id: item.id, company }] : [];
    }),
    listJurors(db),
    assignmentsOfCompetition(db, competitionId).map((row) => ({
      caseId: row.caseId,
      jurorId: row.jurorId,
      conflictDeclared: row.conflictStatus === "declared",
    })),
    competition.minScoreSheets,
    rules.conflicts,
  );
}

/** A fingerprint of a plan, so "save" stores exactly the plan the chair looked at. */
export function planFingerprint(plan: AutoAssignmentPlan): string {
  return plan.assignments.map((assignment) => `${assignment.caseId}:${assignment.jurorId}`).join(",");
}

export type NewAssignments = { jurorId: string; caseIds: number[] }[];

function groupByJuror(rows: { caseId: number; jurorId: string }[]): NewAssignments {
  const grouped = new Map<string, number[]>();
  for (const row of rows) {
    const caseIds = grouped.get(row.jurorId);
    if (caseIds) caseIds.push(row.caseId);
    else grouped.set(row.jurorId, [row.caseId]);
  }
  return [...grouped].map(([jurorId, caseIds]) => ({ jurorId, caseIds }));
}

/** Saves the current plan if it is still the one shown; returns what was added, per juror, for the mails. */
export function applyCompetitionAssignment(
  db: AppDatabase,
  chairId: string,
  competitionId: number,
  fingerprint: string,
  now: Date,
): NewAssignments {
  return db.transaction((tx) => {
    requireNotPublished(tx, competitionId, "assignments");
    const plan = planCompetitionAssignment(tx, competitionId);
    if (planFingerprint(plan) !== fingerprint) throw new DomainError("conflict", "jury.admin.planChanged");
    for (const assignment of plan.assignments)
      insertAssignment(tx, chairId, assignment.caseId, assignment.jurorId, now, "automatic");
    return groupByJuror(plan.assignments);
  });
}

function insertAssignment(
  tx: DbOrTransaction,
  chairId: string,
  caseId: number,
  jurorId: string,
  now: Date,
  how: "automatic" | "manual",
) {
  const { id } = tx
    .insert(assignments)
    .values({ caseId, jurorId, assignedById: chairId, assignedAt: now })
    .returning({ id: assignments.id })
    .get();
  writeAudit(tx, {
    actorId: chairId,
    action: "assignment.created",
    subjectType: "case",
    subjectId: caseId,
    details: { jurorId, assignmentId: id, how },
    at: now,
  });
}

const REFUSAL_BY_GROUND = {
  address: "assign.domainConflict",
  chair: "assign.chairConflict",
  juror: "assign.jurorTie",
} as const satisfies Record<ConflictGround, string>;

/**
 * The chair assigns one juror to one submitted case by hand. Whatever the form offered, a juror in
 * conflict with the company is refused here.
 */
export function assignJuror(db: AppDatabase, chairId: string, caseId: number, jurorId: string, now: Date) {
  return db.transaction((tx) => {
    requireCaseNotPublished(tx, caseId, "assignments");
    const row = tx
      .select({
        status: cases.status,
        organisationId: cases.organisationId,
        scoringDeadlineAt: competitions.scoringDeadlineAt,
      })
      .from(cases)
      .innerJoin(competitions, eq(cases.competitionId, competitions.id))
      .where(eq(cases.id, caseId))
      .get();
    if (!row) throw notFound();
    if (row.status !== "submitted") throw new DomainError("conflict", "assign.notSubmitted");
    const juror = tx
      .select()
      .from(users)
      .where(and(eq(users.id, jurorId), eq(users.role, "juror")))
      .get();
    if (!juror) throw new DomainError("invalid", "assign.chooseJuror", { field: "jurorId" });
    const ground = groundFor(loadConflictRules(tx), juror, row.organisationId);
    if (ground) {
      throw new DomainError("invalid", REFUSAL_BY_GROUND[ground], { field: "jurorId", params: { name: juror.name } });
    }
    if (
      tx
        .select({ id: assignments.id })
        .from(assignments)
        .where(and(eq(assignments.caseId, caseId), eq(assignments.jurorId, jurorId)))
        .get()
    ) {
      throw new DomainError("invalid", "assign.alreadyAssigned", { field: "jurorId" });
    }
    insertAssignment(tx, chairId, caseId, jurorId, now, "manual");
    // The assignment mail names the scoring deadline.
    return { juror: { name: juror.name, email: juror.email }, scoringDeadlineAt: row.scoringDeadlineAt };
  });
}

/** Why a juror is not offered for a case: already on it, in conflict with the company, or not a juror yet. */
export type UnavailableReason =
  { kind: "assigned" } | { kind: "conflict"; ground: ConflictGround } | { kind: "invited" };

/**
 * Who the chair may still assign to a case by hand: jurors not on it and in no conflict with its
 * company; `excluded` counts those left out for a conflict, and `unavailable` names everyone not
 * offered with the reason, so the page can say why the list is short.
 */
export function jurorsForCase(db: AppDatabase, caseId: number, organisationId: number, now: Date) {
  const rules = loadConflictRules(db);
  const assigned = new Set(
    db
      .select({ jurorId: assignments.jurorId })
      .from(assignments)
      .where(eq(assignments.caseId, caseId))
      .all()
      .map((row) => row.jurorId),
  );
  const eligible: ReturnType<typeof listJurors> = [];
  const unavailable: { name: string; reason: UnavailableReason }[] = [];
  for (const juror of listJurors(db)) {
    const ground = assigned.has(juror.id) ? null : groundFor(rules, juror, organisationId);
    if (assigned.has(juror.id)) unavailable.push({ name: juror.name, reason: { kind: "assigned" } });
    else if (ground) unavailable.push({ name: juror.name, reason: { kind: "conflict", ground } });
    else eligible.push(juror);
  }
  const excluded = unavailable.filter((item) => item.reason.kind === "conflict").length;
  // An invited juror has no account until they accept; the chair may wonder where they are.
  for (const email of pendingInvitationEmails(db, now)) unavailable.push({ name: email, reason: { kind: "invited" } });
  return { eligible, excluded, unavailable };
}

function hasFinalSheet(tx: DbOrTransaction, assignmentId: number): boolean {
  return (
    tx
      .select({ id: scoreSheets.id })
      .from(scoreSheets)
      .where(and(eq(scoreSheets.assignmentId, assignmentId), eq(scoreSheets.status, "final")))
      .get() !== undefined
  );
}

/** Unassigning keeps the record straight: a finalised sheet is part of the result and stays. */
export function unassignJuror(db: AppDatabase, chairId: string, caseId: number, assignmentId: number, now: Date): void {
  db.transaction((tx) => {
    const assignment = tx
      .select()
      .from(assignments)
      .where(and(eq(assignments.id, assignmentId), eq(assignments.caseId, caseId)))
      .get();
    if (!assignment) throw notFound();
    requireCaseNotPublished(tx, caseId, "assignments");
    if (hasFinalSheet(tx, assignmentId)) throw new DomainError("conflict", "assign.hasFinalSheet");
    tx.delete(assignments).where(eq(assignments.id, assignmentId)).run();
    writeAudit(tx, {
      actorId: chairId,
      action: "assignment.removed",
      subjectType: "case",
      subjectId: caseId,
      details: { jurorId: assignment.jurorId },
      at: now,
    });
  });
}

/**
 * The jurors of one case as the chair sees them, with declared conflicts, sheet status, and any
 * conflict with the company found after they were assigned (`conflictGround`).
 */
export function listCaseJury(db: AppDatabase, caseId: number, organisationId: number) {
  const rules = loadConflictRules(db);
  return db
    .select({
      assignmentId: assignments.id,
      jurorId: users.id,
      name: users.name,
      email: users.email,
      conflictStatus: assignments.conflictStatus,
      conflictReason: assignments.conflictReason,
      sheetStatus: scoreSheets.status,
    })
    .from(assignments)
    .innerJoin(users, eq(assignments.jurorId, users.id))
    .leftJoin(scoreSheets, roundSheet("main"))
    .where(eq(assignments.caseId, caseId))
    .orderBy(asc(users.name))
    .all()
    .map(({ email, ...member }) => ({
      ...member,
      conflictGround: groundFor(rules, { id: member.jurorId, email }, organisationId),
    }));
}

// ——— The juror's side ———

/** A juror's assignment for a case, or 404: another juror's case is simply not there. */
export function findOwnAssignment(db: DbOrTransaction, jurorId: string, caseId: number) {
  const assignment = db
    .select()
    .from(assignments)
    .where(and(eq(assignments.caseId, caseId), eq(assignments.jurorId, jurorId)))
    .get();
  if (!assignment) throw notFound();
  return assignment;
}

export function answerConflictQuestion(
  db: AppDatabase,
  jurorId: string,
  caseId: number,
  answer: { conflict: false } | { conflict: true; reason: string },
  now: Date,
): void {
  db.transaction((tx) => {
    const assignment = findOwnAssignment(tx, jurorId, caseId);
    requireCaseNotPublished(tx, caseId, "assignments");
    // A conflict can come to light after the first answer; until the juror's sheet is final they can
    // still declare it, and the case leaves their list like any declared conflict.
    const laterDeclaration = answer.conflict && assignment.conflictStatus === "none";
    if (assignment.conflictStatus !== "unconfirmed" && !laterDeclaration)
      throw new DomainError("conflict", "case.refused.notAllowed");
    if (laterDeclaration && hasFinalSheet(tx, assignment.id))
      throw new DomainError("conflict", "jury.conflict.afterFinal");
    tx.update(assignments)
      .set({
        conflictStatus: answer.conflict ? "declared" : "none",
        conflictReason: answer.conflict ? answer.reason.trim() : null,
        conflictAnsweredAt: now,
      })
      .where(eq(assignments.id, assignment.id))
      .run();
    writeAudit(tx, {
      actorId: jurorId,
      action: answer.conflict ? "conflict.declared" : "conflict.none",
      subjectType: "case",
      subjectId: caseId,
      details: answer.conflict ? { reason: answer.reason.trim() } : undefined,
      at: now,
    });
  });
}

/** A juror's assignments with their sheet of one round, unordered. */
function jurorAssignments(db: AppDatabase, jurorId: string, round: ScoringRound) {
  return db
    .select({
      caseId: cases.id,
      title: competingTitle,
      categoryName: categories.name,
      competitionId: competitions.id,
      finalRoundOpenedAt: competitions.finalRoundOpenedAt,
      finalRoundLockedAt: competitions.finalRoundLockedAt,
      conflictStatus: assignments.conflictStatus,
      sheetStatus: scoreSheets.status,
      // A new version was submitted after this juror's sheet was saved.
      isChangedSinceScored: sql<boolean>`coalesce(${scoreSheets.caseVersion} < ${cases.submittedVersion}, 0)`.mapWith(
        Boolean,
      ),
    })
    .from(assignments)
    .innerJoin(cases, eq(assignments.caseId, cases.id))
    .innerJoin(categories, eq(cases.categoryId, categories.id))
    .innerJoin(competitions, eq(cases.competitionId, competitions.id))
    .leftJoin(scoreSheets, roundSheet(round))
    .where(and(eq(assignments.jurorId, jurorId), eq(cases.status, "submitted")))
    .all();
}

/** In the juror's own stable shuffle; each pair's hash is computed once, not once per comparison. */
function inJurorOrder<T extends { caseId: number }>(jurorId: string, rows: T[]): T[] {
  return rows
    .map((row) => ({ row, rank: pairRank(jurorId, row.caseId) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
    .map((item) => item.row);
}

/**
 * The juror's cases in their own shuffled but stable order (a hash of juror and case), so no case
 * is always read first or last. Cases with a declared conflict are included for the record; the
 * dashboard keeps them apart from the cases to score.
 */
export function listJurorCases(db: AppDatabase, jurorId: string) {
  return inJurorOrder(jurorId, jurorAssignments(db, jurorId, "main"));
}

/** The juror's finalists to score again once a final round is open, with their fresh sheet's status. */
export function listJurorFinalRoundCases(db: AppDatabase, jurorId: string) {
  // Most of the year no final round is open: then there is nothing to look up.
  const opened = db
    .select({ id: competitions.id })
    .from(competitions)
    .where(isNotNull(competitions.finalRoundOpenedAt))
    .limit(1)
    .get();
  if (!opened) return [];
  const finalists = new Map<number, Set<number>>();
  const isFinalist = (competitionId: number, caseId: number) => {
    if (!finalists.has(competitionId)) finalists.set(competitionId, new Set(publishedFinalistIds(db, competitionId)));
    return finalists.get(competitionId)!.has(caseId);
  };
  return inJurorOrder(
    jurorId,
    jurorAssignments(db, jurorId, "final").filter(
      (row) =>
        row.finalRoundOpenedAt !== null &&
        row.conflictStatus !== "declared" &&
        isFinalist(row.competitionId, row.caseId),
    ),
  );
}

// ——— The chair's overview ———

export type JurorProgress = {
  jurorId: string;
  name: string;
  email: string;
  assigned: number;
  final: number;
  conflicts: number;
  /** Assignments to companies the juror turned out to be in conflict with (a final sheet kept them). */
  flagged: number;
  standing: JurorStanding;
};

// Counted by SQL per group of a round's assignments: a declared conflict takes the case off the
// juror's list, so it counts apart and never as assigned.
const countInteger = (expression: SQL) => sql<number>`coalesce(sum(${expression}), 0)`.mapWith(Number);
const progressCounts = {
  assigned: countInteger(sql`${assignments.conflictStatus} <> 'declared'`),
  final: countInteger(sql`${assignments.conflictStatus} <> 'declared' and ${scoreSheets.status} = 'final'`),
  conflicts: countInteger(sql`${assignments.conflictStatus} = 'declared'`),
};

/** The cases a round covers: every submitted case of the competition, or only the published finalists. */
function roundCases(db: DbOrTransaction, competitionId: number, round: ScoringRound): SQL {
  return and(
    eq(cases.competitionId, competitionId),
    eq(cases.status, "submitted"),
    round === "final" ? inArray(cases.id, publishedFinalistIds(db, competitionId)) : undefined,
  )!;
}

type ConflictLookup = ReturnType<typeof conflictedCompanies>;

/** Who is in conflict with which companies: the conflict rules read and indexed once until they change. */
function conflictLookup(db: AppDatabase): ConflictLookup {
  return readWhileUnchanged(db, "jury:conflict-lookup", () => {
    const rules = loadConflictRules(db);
    return conflictedCompanies(rules.companies.values(), rules.conflicts);
  });
}

/**
 * Every juror's progress in one round, grouped once in SQL; flagged assignments are counted only
 * for the jurors the conflict rules tie to some company. The final round counts only finalists; its
 * deadline is the one the chair set on opening it.
 */
export function jurorProgress(
  db: AppDatabase,
  competitionId: number,
  round: ScoringRound,
  now: Date,
  conflictedWith = conflictLookup(db),
): JurorProgress[] {
  const deadline = roundDeadline(round, requireCompetition(db, competitionId));
  // The counts are kept until the data changes; the standing depends on the clock and is not.
  return readWhileUnchanged(db, `jury:juror-counts:${competitionId}:${round}`, () =>
    jurorCounts(db, competitionId, round, conflictedWith),
  ).map((juror) => ({ ...juror, standing: jurorStanding(juror, deadline, now) }));
}

function jurorCounts(db: AppDatabase, competitionId: number, round: ScoringRound, conflictedWith: ConflictLookup) {
  const inRound = roundCases(db, competitionId, round);
  const counted = new Map(
    db
      .select({ jurorId: assignments.jurorId, ...progressCounts })
      .from(assignments)
      .innerJoin(cases, eq(assignments.caseId, cases.id))
      .leftJoin(scoreSheets, roundSheet(round))
      .where(inRound)
      .groupBy(assignments.jurorId)
      .all()
      .map((row) => [row.jurorId, row]),
  );
  const jurors = listJurors(db);
  const tied = new Map(
    jurors.flatMap((juror) => {
      const companies = conflictedWith(juror);
      return companies.size > 0 ? [[juror.id, companies] as const] : [];
    }),
  );
  const flagged = new Map<string, number>();
  if (tied.size > 0) {
    const pairs = db
      .select({ jurorId: assignments.jurorId, organisationId: cases.organisationId, total: count() })
      .from(assignments)
      .innerJoin(cases, eq(assignments.caseId, cases.id))
      .where(and(inRound, ne(assignments.conflictStatus, "declared"), inArray(assignments.jurorId, [...tied.keys()])))
      .groupBy(assignments.jurorId, cases.organisationId)
      .all();
    for (const pair of pairs) {
      if (tied.get(pair.jurorId)?.has(pair.organisationId))
        flagged.set(pair.jurorId, (flagged.get(pair.jurorId) ?? 0) + pair.total);
    }
  }
  return jurors.map((juror) => {
    const progress = counted.get(juror.id) ?? { assigned: 0, final: 0, conflicts: 0 };
    return {
      jurorId: juror.id,
      name: juror.name,
      email: juror.email,
      assigned: progress.assigned,
      final: progress.final,
      conflicts: progress.conflicts,
      flagged: flagged.get(juror.id) ?? 0,
    };
  });
}

export type CaseProgressQuery = ListQuery<CaseProgressSort> & { filter?: CaseProgressFilter; search?: string };

/**
 * One page of the main round's progress per case: jurors and final sheets counted by SQL for every
 * case, then filtered, sorted and cut to the page there; only the page's cases are checked for
 * conflicts found after assignment.
 */
export function caseProgressPage(
  db: AppDatabase,
  competitionId: number,
  query: CaseProgressQuery,
  conflictedWith = conflictLookup(db),
) {
  return readWhileUnchanged(db, `jury:case-progress:${competitionId}:${JSON.stringify(query)}`, () =>
    readCaseProgressPage(db, competitionId, query, conflictedWith),
  );
}

function readCaseProgressPage(
  db: AppDatabase,
  competitionId: number,
  query: CaseProgressQuery,
  conflictedWith: ConflictLookup,
) {
  const competition = requireCompetition(db, competitionId);
  const perCase = db
    .select({
      caseId: sql<number>`${cases.id}`.as("case_id"),
      title: sql<string>`${competingTitle}`.as("title"),
      assigned: progressCounts.assigned.as("assigned"),
      final: progressCounts.final.as("final"),
      conflicts: progressCounts.conflicts.as("conflicts"),
    })
    .from(cases)
    .innerJoin(organisations, eq(cases.organisationId, organisations.id))
    .leftJoin(assignments, eq(assignments.caseId, cases.id))
    .leftJoin(scoreSheets, roundSheet("main"))
    .where(and(roundCases(db, competitionId, "main"), query.search ? caseSearchCondition(query.search) : undefined))
    .groupBy(cases.id)
    .as("per_case");
  const short = sql`${perCase.assigned} < ${competition.minScoreSheets}`;
  const where = query.filter === "short" ? short : query.filter === "enough" ? sql`not (${short})` : undefined;
  const total = db.select({ total: count() }).from(perCase).where(where).get()?.total ?? 0;
  const bounds = pageBounds(total, query.page);
  const sortColumn = {
    reference: perCase.caseId,
    title: sql`${perCase.title} collate nocase`,
    assigned: perCase.assigned,
    final: perCase.final,
    conflicts: perCase.conflicts,
  }[query.sort];
  const rows = db
    .select()
    .from(perCase)
    .where(where)
    .orderBy((query.dir === "asc" ? asc : desc)(sortColumn), asc(perCase.caseId))
    .limit(bounds.pageSize)
    .offset(bounds.offset)
    .all();
  const flagged = flaggedOnCases(
    db,
    rows.map((row) => row.caseId),
    conflictedWith,
  );
  const { offset: _offset, ...page } = bounds;
  return {
    page,
    rows: rows.map((row) => ({
      ...row,
      reference: caseReference(competition.year, row.caseId),
      flagged: flagged.get(row.caseId) ?? 0,
    })),
  };
}

/** Per case, its assignments (not declared) to jurors the conflict rules now put in conflict with its company. */
function flaggedOnCases(db: AppDatabase, caseIds: number[], conflictedWith: ConflictLookup): Map<number, number> {
  const flagged = new Map<number, number>();
  if (caseIds.length === 0) return flagged;
  const rows = db
    .select({
      caseId: assignments.caseId,
      organisationId: cases.organisationId,
      // A deleted juror's address is gone; only their named ties still count, as before.
      juror: { id: users.id, email: sql<string>`case when ${users.deletedAt} is null then ${users.email} else '' end` },
    })
    .from(assignments)
    .innerJoin(cases, eq(assignments.caseId, cases.id))
    .innerJoin(users, eq(assignments.jurorId, users.id))
    .where(and(inArray(assignments.caseId, caseIds), ne(assignments.conflictStatus, "declared")))
    .all();
  for (const row of rows) {
    if (conflictedWith(row.juror).has(row.organisationId)) flagged.set(row.caseId, (flagged.get(row.caseId) ?? 0) + 1);
  }
  return flagged;
}

export function jurorsByIds(db: AppDatabase, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(inArray(users.id, ids))
    .all();
}

export function setScoringLock(
  db: AppDatabase,
  chairId: string,
  competitionId: number,
  locked: boolean,
  now: Date,
): void {
  db.transaction((tx) => {
    requireCompetition(tx, competitionId);
    // Published results rest on the locked sheets; reopening scoring would let them drift apart.
    if (!locked) requireNotPublished(tx, competitionId, "scoringLock");
    tx.update(competitions)
      .set({ scoringLockedAt: locked ? now : null })
      .where(eq(competitions.id, competitionId))
      .run();
    writeAudit(tx, {
      actorId: chairId,
      action: locked ? "scoring.locked" : "scoring.unlocked",
      subjectType: "competition",
      subjectId: competitionId,
      at: now,
    });
  });
}

// ——— The chair's overview page ———

export type JurorProgressQuery = ListQuery<JurorProgressSort> & { standing?: JurorStanding };

// Sorting by standing puts those who need a word first.
const STANDING_ORDER: Record<JurorStanding, number> = { late: 0, behind: 1, none: 2, done: 3 };

/** A juror's progress in a round with when they were reminded of it, newest first. */
type RemindedJuror = JurorProgress & { reminded: Date[] };

const JUROR_SORT_KEYS = {
  name: (juror) => juror.name,
  assigned: (juror) => juror.assigned,
  final: (juror) => juror.final,
  conflicts: (juror) => juror.conflicts + juror.flagged,
  standing: (juror) => STANDING_ORDER[juror.standing],
  // Never reminded sorts as the longest ago.
  reminded: (juror) => juror.reminded[0]?.getTime() ?? 0,
} satisfies Record<JurorProgressSort, (juror: RemindedJuror) => string | number>;

/** One page of jurors, filtered and sorted, with how many stand where (for the filter) and whether any is behind. */
function jurorPage(jurors: RemindedJuror[], query: JurorProgressQuery, page: number) {
  const standingCounts = Object.fromEntries(JUROR_STANDINGS.map((standing) => [standing, 0])) as Record<
    JurorStanding,
    number
  >;
  for (const juror of jurors) standingCounts[juror.standing] += 1;
  const shown = query.standing ? jurors.filter((juror) => juror.standing === query.standing) : jurors;
  return {
    ...pageOf(sortRows(shown, JUROR_SORT_KEYS[query.sort], query.dir), page),
    all: jurors.length,
    standingCounts,
  };
}

/**
 * What the chair's jury page shows of a competition, a page at a time: main-round progress per
 * juror and per case, and once a final round is opened, its progress per juror.
 */
export function juryOverview(
  db: AppDatabase,
  competitionId: number,
  now: Date,
  query: { jurors: JurorProgressQuery; finalPage: number; cases: CaseProgressQuery },
) {
  const conflictedWith = conflictLookup(db);
  const main = withReminders(db, competitionId, "main", jurorProgress(db, competitionId, "main", now, conflictedWith));
  const finalRound = finalRoundState(db, competitionId, now, conflictedWith);
  return {
    jurors: jurorPage(main, query.jurors, query.jurors.page),
    cases: caseProgressPage(db, competitionId, query.cases, conflictedWith),
    finalRound: finalRound && {
      ...finalRound,
      // The final round's list has no standing filter: its few jurors are shown whole.
      jurors: jurorPage(
        withReminders(db, competitionId, "final", finalRound.jurors),
        { ...query.jurors, standing: undefined },
        query.finalPage,
      ),
    },
  };
}

/** Every juror of the round with when each was reminded of it, so the list can sort by it before paging. */
function withReminders(
  db: AppDatabase,
  competitionId: number,
  round: ScoringRound,
  jurors: JurorProgress[],
): RemindedJuror[] {
  const histories = reminderHistories(
    db,
    competitionId,
    round,
    jurors.map((juror) => juror.jurorId),
  );
  return jurors.map((juror) => ({ ...juror, reminded: histories.get(juror.jurorId)?.sentAt ?? [] }));
}

/** Sheets finished of those due in a round, summed over its jurors: the progress bar's numbers. */
function roundProgress(jurors: readonly Pick<JurorProgress, "assigned" | "final">[]) {
  return {
    done: jurors.reduce((sum, juror) => sum + Math.min(juror.final, juror.assigned), 0),
    total: jurors.reduce((sum, juror) => sum + juror.assigned, 0),
  };
}

/**
 * A final round as the chair follows it: open or not, its deadline and the sheets finished of those
 * due; null before it is opened.
 */
export function finalRoundState(
  db: AppDatabase,
  competitionId: number,
  now: Date,
  conflictedWith = conflictLookup(db),
) {
  const competition = requireCompetition(db, competitionId);
  if (!competition.finalRoundOpenedAt) return null;
  const jurors = jurorProgress(db, competitionId, "final", now, conflictedWith);
  return {
    open: isRoundOpen("final", competition, now),
    locked: competition.finalRoundLockedAt !== null,
    deadline: competition.finalRoundDeadlineAt,
    progress: roundProgress(jurors),
    jurors,
  };
}

/**
 * The automatic plan as the chair previews it: each case it adds jurors to, with title and category;
 * the cases it cannot fill; and every juror's load before and after, so an uneven plan shows.
 */
export function assignmentPreview(db: AppDatabase, competitionId: number) {
  const { year } = requireCompetition(db, competitionId);
  const plan = planCompetitionAssignment(db, competitionId);
  const jurors = listJurors(db);
  const jurorNames = new Map(jurors.map((juror) => [juror.id, juror.name]));
  const caseRows = new Map(
    db
      .select({ id: cases.id, title: competingTitle, category: categories.name })
      .from(cases)
      .innerJoin(categories, eq(cases.categoryId, categories.id))
      .where(and(eq(cases.competitionId, competitionId), eq(cases.status, "submitted")))
      .all()
      .map((row) => [row.id, row]),
  );
  const describe = (caseId: number) => ({
    reference: caseReference(year, caseId),
    title: caseRows.get(caseId)?.title ?? "",
    category: caseRows.get(caseId)?.category ?? "",
  });
  // Grouped in one pass: filtering the plan once per case would cost cases × assignments.
  const jurorsOf = new Map<number, string[]>();
  const added = new Map<string, number>();
  for (const item of plan.assignments) {
    const name = jurorNames.get(item.jurorId) ?? "";
    const names = jurorsOf.get(item.caseId);
    if (names) names.push(name);
    else jurorsOf.set(item.caseId, [name]);
    added.set(item.jurorId, (added.get(item.jurorId) ?? 0) + 1);
  }
  // Counted as the plan counts them: a declared conflict is no load.
  const before = new Map<string, number>();
  for (const row of assignmentsOfCompetition(db, competitionId))
    if (row.conflictStatus !== "declared") before.set(row.jurorId, (before.get(row.jurorId) ?? 0) + 1);
  return {
    fingerprint: planFingerprint(plan),
    count: plan.assignments.length,
    cases: [...jurorsOf].map(([caseId, names]) => ({ ...describe(caseId), jurors: names })),
    shortfalls: plan.shortfalls.map((item) => ({ ...describe(item.caseId), missing: item.missing })),
    // Heaviest first, so the chair sees at once whether the load is even.
    loads: jurors
      .map((juror) => {
        const [had, gets] = [before.get(juror.id) ?? 0, added.get(juror.id) ?? 0];
        return { id: juror.id, name: juror.name, before: had, added: gets, total: had + gets };
      })
      .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, "nb")),
  };
}

export type AssignmentPreview = ReturnType<typeof assignmentPreview>;

/** Saves the plan the chair looked at; returns whom to tell: each juror with how many cases they got. */
export function saveAssignmentPlan(
  db: AppDatabase,
  chairId: string,
  competitionId: number,
  fingerprint: string,
  now: Date,
): { name: string; email: string; caseCount: number }[] {
  const added = applyCompetitionAssignment(db, chairId, competitionId, fingerprint, now);
  const jurors = new Map(
    jurorsByIds(
      db,
      added.map((item) => item.jurorId),
    ).map((juror) => [juror.id, juror]),
  );
  return added.flatMap((item) => {
    const juror = jurors.get(item.jurorId);
    return juror ? [{ name: juror.name, email: juror.email, caseCount: item.caseIds.length }] : [];
  });
}
