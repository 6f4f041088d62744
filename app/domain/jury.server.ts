import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import { assignments, cases, categories, competitions, scoreSheets, users } from "#db/schema.ts";
import { pairRank, planAutoAssignment, type AutoAssignmentPlan } from "./assignment.ts";
import { writeAudit } from "./audit.server.ts";
import { caseReference } from "./cases.server.ts";
import { groundFor, loadConflictRules } from "./conflicts.server.ts";
import type { ConflictGround } from "./conflicts.ts";
import { requireCompetition } from "./competition-lookup.server.ts";
import { isRoundOpen } from "./deadlines.ts";
import { DomainError, notFound } from "./errors.ts";
import { jurorStanding, type JurorStanding, type ScoringRound } from "./jury-states.ts";
import { hasPublished } from "./publication.server.ts";
import { publishedFinalistIds } from "./ranking.server.ts";

// The jury's lists and progress speak of the main round; the final round has views of its own.
const mainRoundSheet = and(eq(scoreSheets.assignmentId, assignments.id), eq(scoreSheets.round, "main"));

// ——— Assignment ———

function submittedCasesOf(db: DbOrTransaction, competitionId: number) {
  return db
    .select({ id: cases.id, title: cases.title, organisationId: cases.organisationId })
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
      .orderBy(asc(users.name))
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
  for (const row of rows) grouped.set(row.jurorId, [...(grouped.get(row.jurorId) ?? []), row.caseId]);
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

/**
 * Who the chair may still assign to a case by hand: jurors not on it and in no conflict with its
 * company; `excluded` counts those left out for a conflict, so the page can say why the list is short.
 */
export function jurorsForCase(db: AppDatabase, caseId: number, organisationId: number) {
  const rules = loadConflictRules(db);
  const assigned = new Set(
    db
      .select({ jurorId: assignments.jurorId })
      .from(assignments)
      .where(eq(assignments.caseId, caseId))
      .all()
      .map((row) => row.jurorId),
  );
  const free = listJurors(db).filter((juror) => !assigned.has(juror.id));
  const eligible = free.filter((juror) => groundFor(rules, juror, organisationId) === null);
  return { eligible, excluded: free.length - eligible.length };
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
    .leftJoin(scoreSheets, mainRoundSheet)
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

/** A juror's assignments with their sheet of one round, in the juror's own stable shuffle. */
function jurorAssignments(db: AppDatabase, jurorId: string, round: ScoringRound) {
  return db
    .select({
      caseId: cases.id,
      title: cases.title,
      categoryName: categories.name,
      competitionId: competitions.id,
      finalRoundOpenedAt: competitions.finalRoundOpenedAt,
      finalRoundLockedAt: competitions.finalRoundLockedAt,
      conflictStatus: assignments.conflictStatus,
      sheetStatus: scoreSheets.status,
    })
    .from(assignments)
    .innerJoin(cases, eq(assignments.caseId, cases.id))
    .innerJoin(categories, eq(cases.categoryId, categories.id))
    .innerJoin(competitions, eq(cases.competitionId, competitions.id))
    .leftJoin(scoreSheets, and(eq(scoreSheets.assignmentId, assignments.id), eq(scoreSheets.round, round)))
    .where(and(eq(assignments.jurorId, jurorId), eq(cases.status, "submitted")))
    .all()
    .sort((a, b) => pairRank(jurorId, a.caseId).localeCompare(pairRank(jurorId, b.caseId)));
}

/**
 * The juror's cases in their own shuffled but stable order (a hash of juror and case), so no case
 * is always read first or last. Cases with a declared conflict are included for the record; the
 * dashboard keeps them apart from the cases to score.
 */
export function listJurorCases(db: AppDatabase, jurorId: string) {
  return jurorAssignments(db, jurorId, "main");
}

/** The juror's finalists to score again once a final round is open, with their fresh sheet's status. */
export function listJurorFinalRoundCases(db: AppDatabase, jurorId: string) {
  const finalists = new Map<number, number[]>();
  const isFinalist = (competitionId: number, caseId: number) => {
    if (!finalists.has(competitionId)) finalists.set(competitionId, publishedFinalistIds(db, competitionId));
    return finalists.get(competitionId)!.includes(caseId);
  };
  return jurorAssignments(db, jurorId, "final").filter(
    (row) =>
      row.finalRoundOpenedAt !== null && row.conflictStatus !== "declared" && isFinalist(row.competitionId, row.caseId),
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

/**
 * Per juror and per case, how many sheets of a round are final, and where each juror stands; the
 * final round counts only finalists and has no deadline to be late for.
 */
export function juryProgress(db: AppDatabase, competitionId: number, round: ScoringRound, now: Date) {
  const deadline = round === "main" ? requireCompetition(db, competitionId).scoringDeadlineAt : null;
  const finalists = round === "final" ? publishedFinalistIds(db, competitionId) : null;
  const inRound = (caseId: number) => finalists === null || finalists.includes(caseId);
  const rows = db
    .select({
      caseId: cases.id,
      caseTitle: cases.title,
      organisationId: cases.organisationId,
      jurorId: assignments.jurorId,
      conflictStatus: assignments.conflictStatus,
      sheetStatus: scoreSheets.status,
    })
    .from(assignments)
    .innerJoin(cases, eq(assignments.caseId, cases.id))
    .leftJoin(scoreSheets, and(eq(scoreSheets.assignmentId, assignments.id), eq(scoreSheets.round, round)))
    .where(and(eq(cases.competitionId, competitionId), eq(cases.status, "submitted")))
    .all()
    .filter((row) => inRound(row.caseId));
  const jurors = listJurors(db);
  const rules = loadConflictRules(db);
  const emails = new Map(jurors.map((juror) => [juror.id, juror.email]));
  const isFlagged = (row: (typeof rows)[number]) =>
    row.conflictStatus !== "declared" &&
    groundFor(rules, { id: row.jurorId, email: emails.get(row.jurorId) ?? "" }, row.organisationId) !== null;
  const byJuror: JurorProgress[] = jurors.map((juror) => {
    const own = rows.filter((row) => row.jurorId === juror.id);
    const progress = {
      assigned: own.filter((row) => row.conflictStatus !== "declared").length,
      final: own.filter((row) => row.conflictStatus !== "declared" && row.sheetStatus === "final").length,
    };
    return {
      jurorId: juror.id,
      name: juror.name,
      email: juror.email,
      ...progress,
      conflicts: own.filter((row) => row.conflictStatus === "declared").length,
      flagged: own.filter(isFlagged).length,
      standing: jurorStanding(progress, deadline, now),
    };
  });
  const submitted = submittedCasesOf(db, competitionId).filter((item) => inRound(item.id));
  const byCase = submitted.map((item) => {
    const own = rows.filter((row) => row.caseId === item.id);
    return {
      caseId: item.id,
      title: item.title,
      assigned: own.filter((row) => row.conflictStatus !== "declared").length,
      final: own.filter((row) => row.conflictStatus !== "declared" && row.sheetStatus === "final").length,
      conflicts: own.filter((row) => row.conflictStatus === "declared").length,
      flagged: own.filter(isFlagged).length,
    };
  });
  return { byJuror, byCase };
}

export function jurorsByIds(db: AppDatabase, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(inArray(users.id, ids))
    .all();
}

export function recordReminders(
  db: AppDatabase,
  chairId: string,
  competitionId: number,
  jurorIds: string[],
  now: Date,
): void {
  writeAudit(db, {
    actorId: chairId,
    action: "reminder.sent",
    subjectType: "competition",
    subjectId: competitionId,
    details: { jurorIds },
    at: now,
  });
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
    if (!locked && hasPublished(tx, competitionId)) throw new DomainError("conflict", "publish.lockedForGood");
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

/**
 * Everything the chair's jury page shows of a competition: main-round progress per juror and per
 * case, and once a final round is opened, its progress per juror.
 */
export function juryOverview(db: AppDatabase, competitionId: number, now: Date) {
  const competition = requireCompetition(db, competitionId);
  const main = juryProgress(db, competitionId, "main", now);
  return {
    byJuror: main.byJuror,
    byCase: main.byCase.map((item) => ({ ...item, reference: caseReference(competition.year, item.caseId) })),
    finalRound: competition.finalRoundOpenedAt
      ? {
          open: isRoundOpen("final", competition, now),
          byJuror: juryProgress(db, competitionId, "final", now).byJuror,
        }
      : null,
  };
}

/** The automatic plan as the chair previews it: the jurors it adds per case, the cases it cannot fill. */
export function assignmentPreview(db: AppDatabase, competitionId: number) {
  const { year } = requireCompetition(db, competitionId);
  const plan = planCompetitionAssignment(db, competitionId);
  const jurorNames = new Map(
    jurorsByIds(db, [...new Set(plan.assignments.map((item) => item.jurorId))]).map((juror) => [juror.id, juror.name]),
  );
  const caseIds = [...new Set(plan.assignments.map((item) => item.caseId))];
  return {
    fingerprint: planFingerprint(plan),
    count: plan.assignments.length,
    cases: caseIds.map((caseId) => ({
      reference: caseReference(year, caseId),
      jurors: plan.assignments
        .filter((item) => item.caseId === caseId)
        .map((item) => jurorNames.get(item.jurorId) ?? ""),
    })),
    shortfalls: plan.shortfalls.map((item) => ({ reference: caseReference(year, item.caseId), missing: item.missing })),
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

export type Reminder = { jurors: { name: string; email: string; done: number; total: number }[] } & (
  { round: "main"; deadline: Date } | { round: "final" }
);

/**
 * The jurors to remind of an open round: those behind on it. The reminder is recorded as they are
 * handed out: the mails that follow never throw, and a failed one is reported to the chair.
 */
export function jurorsToRemind(
  db: AppDatabase,
  chairId: string,
  competitionId: number,
  round: ScoringRound,
  now: Date,
): Reminder {
  const competition = requireCompetition(db, competitionId);
  if (!isRoundOpen(round, competition, now)) throw new DomainError("forbidden", "jury.sheet.closed");
  const behind = juryProgress(db, competitionId, round, now).byJuror.filter((juror) => juror.standing === "behind");
  recordReminders(
    db,
    chairId,
    competitionId,
    behind.map((juror) => juror.jurorId),
    now,
  );
  const jurors = behind.map((juror) => ({
    name: juror.name,
    email: juror.email,
    done: juror.final,
    total: juror.assigned,
  }));
  return round === "main" ? { round, deadline: competition.scoringDeadlineAt, jurors } : { round, jurors };
}
