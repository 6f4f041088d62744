import { and, asc, count, desc, eq, exists, or, sql, type Placeholder, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import { preparedQuery } from "#db/prepared.ts";
import { assignments, attachments, cases, categories, competitions, organisations, users } from "#db/schema.ts";
import { writeAudit } from "./audit.server.ts";
import { safeDownloadName } from "./attachments.ts";
import { CASE_TEXT_FIELDS, missingForSubmission, overLimit, type CaseTextFieldName } from "./case-fields.ts";
import { MAX_CASES_PER_CATEGORY } from "./case-limits.ts";
import { mergeFields } from "./case-merge.ts";
import { caseStateOf, nextCaseStatus, type CaseAction, type CaseState, type CaseStatus } from "./case-status.ts";
import { competingTitle, findCaseVersion, recordSubmittedVersion, textsOfVersion } from "./case-versions.server.ts";
import { findOpenOrNextCompetition } from "./competition-lookup.server.ts";
import type { CaseListSort } from "./list-sorts.ts";
import { pageBounds, type ListQuery } from "./paging.ts";
import { submissionPhase, type SubmissionPhase } from "./deadlines.ts";
import { DomainError, notFound } from "./errors.ts";
import { freezingPublication, requireNotPublished } from "./publication-freeze.server.ts";
import { refreshRanking } from "./ranking.server.ts";
import { readWhileUnchanged } from "./read-cache.server.ts";
import type { Actor } from "./permissions.ts";
import type { Role } from "./roles.ts";
import { perStep } from "./steps.ts";

export type CaseTexts = Record<CaseTextFieldName, string>;

/** A reference the entrant can quote on the phone: year and a zero-padded case number. */
export function caseReference(year: number, caseId: number): string {
  return `KSA-${year}-${String(caseId).padStart(4, "0")}`;
}

const REFUSAL_MESSAGES = {
  "deadline-passed": "case.refused.deadlinePassed",
  "not-open-yet": "case.refused.notOpenYet",
  "not-allowed": "case.refused.notAllowed",
} as const;

/**
 * The case scope rule in one place: an entrant sees their organisation's cases, the chair sees
 * all. Anything outside the scope is "not found", so a guessed URL reveals nothing.
 */
type ScopeValues = {
  caseId: number | Placeholder;
  organisationId: number | Placeholder;
  jurorId: string | Placeholder;
};

function caseScope(db: DbOrTransaction, role: Role, values: ScopeValues): SQL | undefined {
  const { caseId, organisationId, jurorId } = values;
  if (role === "chair") return eq(cases.id, caseId);
  if (role === "entrant") return and(eq(cases.id, caseId), eq(cases.organisationId, organisationId));
  // Only after confirming no conflict of interest does a juror see an assigned case, and only
  // while it stands submitted (a reopened case still does: its submitted version competes).
  return and(
    eq(cases.id, caseId),
    eq(cases.status, "submitted"),
    exists(
      db
        .select({ id: assignments.id })
        .from(assignments)
        .where(
          and(eq(assignments.caseId, caseId), eq(assignments.jurorId, jurorId), eq(assignments.conflictStatus, "none")),
        ),
    ),
  );
}

/** An entrant of no company yet sees no case. */
function scopeValues(actor: Actor, caseId: number): ScopeValues | null {
  if (actor.role === "entrant" && actor.organisationId === null) return null;
  return { caseId, organisationId: actor.organisationId ?? 0, jurorId: actor.id };
}

function findScopedCase(db: DbOrTransaction, actor: Actor, caseId: number) {
  const values = scopeValues(actor, caseId);
  if (!values) throw notFound();
  const row = scopedCaseQuery(db)
    .where(caseScope(db, actor.role, values))
    .get();
  if (!row) throw notFound();
  return row;
}

const prepareScopedCase = (role: Role) =>
  preparedQuery((db) =>
    scopedCaseQuery(db)
      .where(
        caseScope(db, role, {
          caseId: sql.placeholder("caseId"),
          organisationId: sql.placeholder("organisationId"),
          jurorId: sql.placeholder("jurorId"),
        }),
      )
      .prepare(),
  );

/** findScopedCase outside a transaction, prepared once per role: the case pages read it on every view. */
const preparedScopedCase = {
  entrant: prepareScopedCase("entrant"),
  juror: prepareScopedCase("juror"),
  chair: prepareScopedCase("chair"),
} satisfies Record<Role, unknown>;

function findScopedCaseToRead(db: AppDatabase, actor: Actor, caseId: number) {
  const values = scopeValues(actor, caseId);
  if (!values) throw notFound();
  const row = preparedScopedCase[actor.role](db).get(values);
  if (!row) throw notFound();
  return row;
}

function scopedCaseQuery(db: DbOrTransaction) {
  return db
    .select({
      case: cases,
      competition: {
        id: competitions.id,
        year: competitions.year,
        name: competitions.name,
        submissionOpensAt: competitions.submissionOpensAt,
        submissionDeadlineAt: competitions.submissionDeadlineAt,
        scoringDeadlineAt: competitions.scoringDeadlineAt,
        scoringLockedAt: competitions.scoringLockedAt,
        finalRoundOpenedAt: competitions.finalRoundOpenedAt,
        finalRoundLockedAt: competitions.finalRoundLockedAt,
        finalRoundDeadlineAt: competitions.finalRoundDeadlineAt,
        isBlindJudging: competitions.isBlindJudging,
        scaleMin: competitions.scaleMin,
        scaleMax: competitions.scaleMax,
      },
      categoryName: categories.name,
      weights: perStep((step) => categories[step.weightField]),
      organisation: { id: organisations.id, name: organisations.name, orgNumber: organisations.orgNumber },
    })
    .from(cases)
    .innerJoin(competitions, eq(cases.competitionId, competitions.id))
    .innerJoin(categories, eq(cases.categoryId, categories.id))
    .innerJoin(organisations, eq(cases.organisationId, organisations.id))
    .$dynamic();
}

// The case page's reads beside the case itself, and the entrant's home: prepared, as they run on
// every view.
const attachmentsOfCase = preparedQuery((db) =>
  db
    .select({
      id: attachments.id,
      fileName: attachments.fileName,
      contentType: attachments.contentType,
      sizeBytes: attachments.sizeBytes,
      createdAt: attachments.createdAt,
    })
    .from(attachments)
    .where(eq(attachments.caseId, sql.placeholder("caseId")))
    .orderBy(asc(attachments.id))
    .prepare(),
);
const nameOfUser = preparedQuery((db) =>
  db
    .select({ name: users.name })
    .from(users)
    .where(eq(users.id, sql.placeholder("userId")))
    .prepare(),
);
const casesOfOrganisation = preparedQuery((db) =>
  db
    .select({
      id: cases.id,
      title: cases.title,
      status: cases.status,
      reopenedAt: cases.reopenedAt,
      submittedVersion: cases.submittedVersion,
      updatedAt: cases.updatedAt,
      submittedAt: cases.submittedAt,
      categoryName: categories.name,
      competitionName: competitions.name,
      competitionYear: competitions.year,
      submissionDeadlineAt: competitions.submissionDeadlineAt,
    })
    .from(cases)
    .innerJoin(categories, eq(cases.categoryId, categories.id))
    .innerJoin(competitions, eq(cases.competitionId, competitions.id))
    .where(eq(cases.organisationId, sql.placeholder("organisationId")))
    .orderBy(desc(competitions.year), desc(cases.updatedAt))
    .prepare(),
);
const categoriesOfCompetition = preparedQuery((db) =>
  db
    .select({ id: categories.id, name: categories.name })
    .from(categories)
    .where(eq(categories.competitionId, sql.placeholder("competitionId")))
    .orderBy(asc(categories.position))
    .prepare(),
);

export function getCase(db: AppDatabase, actor: Actor, caseId: number, now: Date) {
  const found = findScopedCaseToRead(db, actor, caseId);
  // The jurors and the chair read what was submitted; only the company sees its working copy.
  const submitted =
    found.case.submittedVersion === null ? null : findCaseVersion(db, found.case.id, found.case.submittedVersion);
  const row =
    actor.role === "entrant" || !submitted
      ? found
      : { ...found, case: { ...found.case, ...textsOfVersion(submitted) } };
  const caseAttachments = attachmentsOfCase(db)
    .all({ caseId })
    // Names stored before uploads were cleaned of bidi characters are cleaned on the way out.
    .map((attachment) => ({ ...attachment, fileName: safeDownloadName(attachment.fileName, attachment.contentType) }));
  const updatedBy = row.case.updatedById ? (nameOfUser(db).get({ userId: row.case.updatedById })?.name ?? null) : null;
  return {
    ...row,
    updatedByName: updatedBy,
    attachments: caseAttachments,
    phase: submissionPhase(row.competition, now),
    reference: caseReference(row.competition.year, row.case.id),
    state: caseStateOf(row.case),
    submittedVersion: submitted ? { number: submitted.number, submittedAt: submitted.submittedAt } : null,
    /** Whether the company's working copy differs from what competes (only ever true for the company). */
    hasUnsubmittedChanges: submitted !== null && textsDiffer(row.case, submitted),
    /** A result of the competition is published: the case stands, and no page offers to change it. */
    frozen: freezingPublication(db, row.competition.id) !== null,
  };
}

export type CaseDetails = ReturnType<typeof getCase>;

export function listOrganisationCases(db: AppDatabase, organisationId: number) {
  return casesOfOrganisation(db).all({ organisationId });
}

function requireCategoryOfCompetition(db: DbOrTransaction, competitionId: number, categoryId: number) {
  const category = db
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(categories.id, categoryId), eq(categories.competitionId, competitionId)))
    .get();
  if (!category) throw new DomainError("invalid", "case.category.invalid", { field: "categoryId" });
}

/** Refuses a case (new, or moved from another category) when the company's category is full. */
function requireRoomInCategory(tx: DbOrTransaction, organisationId: number, categoryId: number): void {
  const held =
    tx
      .select({ held: count() })
      .from(cases)
      .where(and(eq(cases.organisationId, organisationId), eq(cases.categoryId, categoryId)))
      .get()?.held ?? 0;
  if (held >= MAX_CASES_PER_CATEGORY) {
    throw new DomainError("conflict", "case.refused.categoryFull", {
      field: "categoryId",
      params: { max: MAX_CASES_PER_CATEGORY },
    });
  }
}

/** An entrant's new case, always in the competition open now: never one the form names. */
export function createCaseInOpenCompetition(
  db: AppDatabase,
  actor: Actor,
  input: { categoryId: number; title: string },
  now: Date,
): { id: number } {
  const competition = findOpenOrNextCompetition(db, now);
  if (!competition) throw new DomainError("forbidden", "entrant.noCompetition");
  return createCase(db, actor, { competitionId: competition.id, ...input }, now);
}

export function createCase(
  db: AppDatabase,
  actor: Actor,
  input: { competitionId: number; categoryId: number; title: string },
  now: Date,
): { id: number } {
  if (actor.role !== "entrant" || actor.organisationId === null) throw notFound();
  const organisationId = actor.organisationId;
  return db.transaction((tx) => {
    const competition = tx.select().from(competitions).where(eq(competitions.id, input.competitionId)).get();
    if (!competition) throw new DomainError("invalid", "case.category.invalid", { field: "categoryId" });
    if (submissionPhase(competition, now) === "closed")
      throw new DomainError("forbidden", "case.refused.deadlinePassed");
    requireCategoryOfCompetition(tx, competition.id, input.categoryId);
    requireRoomInCategory(tx, organisationId, input.categoryId);
    const { id } = tx
      .insert(cases)
      .values({
        competitionId: competition.id,
        categoryId: input.categoryId,
        organisationId,
        title: input.title.trim(),
        updatedById: actor.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: cases.id })
      .get();
    writeAudit(tx, { actorId: actor.id, action: "case.created", subjectType: "case", subjectId: id, at: now });
    return { id };
  });
}

/**
 * What an editor posts: the version its text builds on, and per field the text it started from
 * (`base`), so a save over a colleague's newer version can be merged field by field.
 */
export type CaseEdit = { version: number; categoryId: number; texts: CaseTexts; base?: Partial<CaseFields> };

/** The fields a save writes and a merge compares: the texts and the category. */
export type CaseFields = CaseTexts & { categoryId: number };
export type CaseFieldName = keyof CaseFields;

/** Thrown when someone else saved since this version was loaded: nothing is written. */
export class StaleCaseVersionError extends DomainError {
  constructor(
    readonly current: {
      version: number;
      texts: CaseTexts;
      categoryId: number;
      updatedAt: Date;
      updatedByName: string | null;
    },
  ) {
    super("conflict", "case.conflict");
  }
}

function transitionOrThrow(state: CaseState, action: CaseAction, phase: SubmissionPhase) {
  const outcome = nextCaseStatus(state, action, phase);
  if (!outcome.ok) throw new DomainError("forbidden", REFUSAL_MESSAGES[outcome.reason]);
  return outcome;
}

function textsOf(row: typeof cases.$inferSelect): CaseTexts {
  return Object.fromEntries(CASE_TEXT_FIELDS.map((field) => [field.name, row[field.name]])) as CaseTexts;
}

const sameFields = (a: CaseFields, b: CaseFields) =>
  (Object.keys(a) as CaseFieldName[]).every((field) => a[field] === b[field]);

/**
 * A draft save's outcome: the version now stored and its fields, and the fields a colleague
 * changed differently since `base` (kept as the colleague saved them), with who saved them and when.
 */
export type DraftSaveResult = {
  version: number;
  stored: CaseFields;
  conflicts: CaseFieldName[];
  theirs: { updatedAt: Date; updatedByName: string | null };
};

function writeTexts(
  tx: DbOrTransaction,
  actor: Actor,
  caseId: number,
  edit: CaseEdit,
  now: Date,
  { merge }: { merge: boolean },
): DraftSaveResult {
  const row = findScopedCase(tx, actor, caseId);
  requireNotPublished(tx, row.competition.id, "case");
  const stale = row.case.version !== edit.version;
  const theirs = { ...textsOf(row.case), categoryId: row.case.categoryId };
  const mine = { ...edit.texts, categoryId: edit.categoryId };
  // On the version it was loaded with, a field the post gives no base for is the writer's to change.
  const { merged, conflicts } = mergeFields({ ...(stale ? {} : theirs), ...edit.base }, mine, theirs);
  const updatedBy = () =>
    row.case.updatedById
      ? (tx.select({ name: users.name }).from(users).where(eq(users.id, row.case.updatedById)).get()?.name ?? null)
      : null;
  if (!merge && (stale || conflicts.length)) {
    const { version, updatedAt } = row.case;
    throw new StaleCaseVersionError({
      version,
      texts: textsOf(row.case),
      categoryId: theirs.categoryId,
      updatedAt,
      updatedByName: updatedBy(),
    });
  }
  transitionOrThrow(caseStateOf(row.case), "save", submissionPhase(row.competition, now));
  const outcome = {
    conflicts,
    theirs: { updatedAt: row.case.updatedAt, updatedByName: conflicts.length ? updatedBy() : null },
  };
  // A merge that changes nothing (every difference a conflict) writes no new version.
  if ((stale || conflicts.length) && sameFields(merged, theirs))
    return { ...outcome, version: row.case.version, stored: theirs };
  // A submitted case competes in its category (jurors are assigned there): a working copy keeps it.
  if (row.case.status === "submitted" && merged.categoryId !== row.case.categoryId)
    throw new DomainError("forbidden", "case.category.fixedWhileSubmitted", { field: "categoryId" });
  requireCategoryOfCompetition(tx, row.competition.id, merged.categoryId);
  if (merged.categoryId !== row.case.categoryId) requireRoomInCategory(tx, row.case.organisationId, merged.categoryId);
  const version = row.case.version + 1;
  tx.update(cases)
    .set({ ...merged, version, updatedById: actor.id, updatedAt: now })
    .where(eq(cases.id, caseId))
    .run();
  return { ...outcome, version, stored: merged };
}

/**
 * Saves a draft as it is, half-written or over a field's limit (only submitting refuses that);
 * over a colleague's newer version, merged field by field (app/domain/case-merge.ts).
 */
export function saveCaseDraft(
  db: AppDatabase,
  actor: Actor,
  caseId: number,
  edit: CaseEdit,
  now: Date,
): DraftSaveResult {
  return db.transaction((tx) => writeTexts(tx, actor, caseId, edit, now, { merge: true }));
}

/**
 * Saves the text just typed and submits it in one step, so nothing typed before "Send" is lost.
 * Each submit is kept as the case's next numbered version, which replaces the one competing.
 */
export function submitCase(
  db: AppDatabase,
  actor: Actor,
  caseId: number,
  edit: CaseEdit,
  now: Date,
): { version: number; submittedVersion: number } {
  return db.transaction((tx) => {
    const missing = missingForSubmission(edit.texts);
    const row = findScopedCase(tx, actor, caseId);
    requireNotPublished(tx, row.competition.id, "case");
    // Refuse a second submit (double click, a stale tab) before looking at the text.
    const { status } = transitionOrThrow(caseStateOf(row.case), "submit", submissionPhase(row.competition, now));
    if (missing.length) throw new DomainError("invalid", "case.field.requiredToSubmit", { field: missing[0] });
    const tooLong = overLimit(edit.texts);
    if (tooLong.length) throw new DomainError("invalid", "case.field.tooLong", { field: tooLong[0] });
    // Submitting sends exactly what the submitter saw: over a colleague's newer version it is refused.
    const { version } = writeTexts(tx, actor, caseId, edit, now, { merge: false });
    const submittedVersion = recordSubmittedVersion(tx, caseId, actor.id, now);
    tx.update(cases)
      .set({ status, submittedAt: now, submittedVersion, reopenedAt: null })
      .where(eq(cases.id, caseId))
      .run();
    writeAudit(tx, {
      actorId: actor.id,
      action: "case.submitted",
      subjectType: "case",
      subjectId: caseId,
      details: { version, submittedVersion },
      at: now,
    });
    // A draft joins the ranking; a new version of a case already submitted moves nothing (text is
    // not scored, and the category is fixed while submitted).
    if (row.case.status !== status) refreshRanking(tx, row.competition.id, now, { categoryId: edit.categoryId });
    return { version, submittedVersion };
  });
}

const AUDIT_ACTION: Partial<Record<CaseAction, string>> = {
  reopen: "case.reopened",
  withdraw: "case.withdrawn",
  restore: "case.restored",
};

function textsDiffer(a: CaseTexts, b: CaseTexts): boolean {
  return CASE_TEXT_FIELDS.some(({ name }) => a[name] !== b[name]);
}

/** Whether the case's texts (its working copy) differ from its latest submitted version. */
function hasUnsubmittedChanges(tx: DbOrTransaction, row: typeof cases.$inferSelect): boolean {
  if (row.submittedVersion === null) return false;
  const submitted = findCaseVersion(tx, row.id, row.submittedVersion);
  return !submitted || textsDiffer(row, submitted);
}

/**
 * Whether the entrant may withdraw or restore the case now, checked before the confirmation is
 * shown: another company's case is not found, and a change the deadline forbids is refused at once.
 */
export function requireCaseStatusChange(
  db: AppDatabase,
  actor: Actor,
  caseId: number,
  action: "withdraw" | "restore",
  now: Date,
): void {
  if (actor.role !== "entrant") throw notFound();
  const row = findScopedCase(db, actor, caseId);
  requireNotPublished(db, row.competition.id, "case");
  transitionOrThrow(caseStateOf(row.case), action, submissionPhase(row.competition, now));
}

/**
 * Reopen, withdraw or restore: a change by the entrant, checked against the deadline. Reopening
 * leaves the case submitted with a working copy beside it; restoring brings back the last
 * submitted version as submitted (changes typed since stay a working copy), or a draft.
 */
export function changeCaseStatus(
  db: AppDatabase,
  actor: Actor,
  caseId: number,
  action: "reopen" | "withdraw" | "restore",
  now: Date,
): { status: CaseStatus; isReopened: boolean } {
  if (actor.role !== "entrant") throw notFound();
  return db.transaction((tx) => {
    const row = findScopedCase(tx, actor, caseId);
    requireNotPublished(tx, row.competition.id, "case");
    const next = transitionOrThrow(caseStateOf(row.case), action, submissionPhase(row.competition, now));
    const isReopened = next.isReopened || (action === "restore" && hasUnsubmittedChanges(tx, row.case));
    // A case stored as submitted without a version (written straight to the database, as demo
    // data is) gets its text kept as version 1 before the working copy can change it.
    const submittedVersion =
      row.case.submittedVersion ??
      (action === "reopen"
        ? recordSubmittedVersion(tx, caseId, row.case.updatedById, row.case.submittedAt ?? now)
        : null);
    tx.update(cases)
      .set({
        status: next.status,
        submittedVersion,
        reopenedAt: isReopened ? (row.case.reopenedAt ?? now) : null,
        version: row.case.version + 1,
        updatedById: actor.id,
        updatedAt: now,
      })
      .where(eq(cases.id, caseId))
      .run();
    writeAudit(tx, {
      actorId: actor.id,
      action: AUDIT_ACTION[action]!,
      subjectType: "case",
      subjectId: caseId,
      details: { status: next.status, submittedVersion: row.case.submittedVersion, isReopened },
      at: now,
    });
    // Only a case entering or leaving "submitted" moves the ranking; reopening does neither.
    if (next.status !== row.case.status)
      refreshRanking(tx, row.competition.id, now, { categoryId: row.case.categoryId });
    return { status: next.status, isReopened };
  });
}

export function disqualifyCase(db: AppDatabase, actor: Actor, caseId: number, reason: string, now: Date): void {
  if (actor.role !== "chair") throw notFound();
  db.transaction((tx) => {
    const row = findScopedCase(tx, actor, caseId);
    requireNotPublished(tx, row.competition.id, "case");
    const { status } = transitionOrThrow(caseStateOf(row.case), "disqualify", submissionPhase(row.competition, now));
    tx.update(cases)
      .set({
        status,
        reopenedAt: null,
        disqualifiedReason: reason.trim(),
        version: row.case.version + 1,
        updatedAt: now,
      })
      .where(eq(cases.id, caseId))
      .run();
    writeAudit(tx, {
      actorId: actor.id,
      action: "case.disqualified",
      subjectType: "case",
      subjectId: caseId,
      details: { reason: reason.trim() },
      at: now,
    });
    refreshRanking(tx, row.competition.id, now, { categoryId: row.case.categoryId });
  });
}

export type CaseListQuery = ListQuery<CaseListSort> & {
  competitionId: number;
  categoryId?: number;
  status?: CaseStatus;
  /** Part of a title or a company's name, or a case reference ("KSA-2026-0042", "42"). */
  search?: string;
};

const CASE_LIST_ORDER = {
  reference: cases.id,
  title: sql`${competingTitle} collate nocase`,
  organisation: sql`${organisations.name} collate nocase`,
  category: categories.position,
  status: cases.status,
  submittedAt: cases.submittedAt,
} satisfies Record<CaseListSort, SQL | SQLiteColumn>;

/** The case a reference or a bare number names, so the chair can paste what an entrant quoted. */
function caseIdIn(search: string): number | null {
  const match = /^(?:ksa-)?(?:\d{4}-)?0*(\d{1,9})$/i.exec(search.trim());
  return match ? Number(match[1]) : null;
}

/** Cases whose title or company contains `search` (ignoring case), or that it names by reference. */
export function caseSearchCondition(search: string): SQL {
  const needle = search.toLowerCase();
  const id = caseIdIn(search);
  return or(
    sql`instr(lower(${competingTitle}), ${needle}) > 0`,
    sql`instr(lower(${organisations.name}), ${needle}) > 0`,
    id === null ? undefined : eq(cases.id, id),
  )!;
}

/**
 * One page of the chair's case list, filtered and sorted in SQL, with the filtered total and the
 * counts per status and category for the filter bar. Ties sort by case number, so paging through
 * shows every case exactly once.
 */
export function listCompetitionCases(db: AppDatabase, query: CaseListQuery) {
  // Kept until the data changes: the chair pages back and forth through the same list.
  return readWhileUnchanged(db, `cases:list:${JSON.stringify(query)}`, () => readCompetitionCases(db, query));
}

function readCompetitionCases(db: AppDatabase, query: CaseListQuery) {
  const where = and(
    eq(cases.competitionId, query.competitionId),
    query.categoryId ? eq(cases.categoryId, query.categoryId) : undefined,
    query.status ? eq(cases.status, query.status) : undefined,
    query.search ? caseSearchCondition(query.search) : undefined,
  );
  // Without a search the count needs no company names: it is read from the index alone.
  const counted = db.select({ total: count() }).from(cases);
  const total =
    (query.search
      ? counted.innerJoin(organisations, eq(cases.organisationId, organisations.id)).where(where).get()
      : counted.where(where).get()
    )?.total ?? 0;
  const bounds = pageBounds(total, query.page);
  const order = query.dir === "asc" ? asc : desc;
  const rows = db
    .select({
      id: cases.id,
      title: competingTitle,
      status: cases.status,
      isReopened: sql<boolean>`${cases.reopenedAt} is not null`.mapWith(Boolean),
      submittedAt: cases.submittedAt,
      categoryName: categories.name,
      organisationName: organisations.name,
    })
    .from(cases)
    .innerJoin(categories, eq(cases.categoryId, categories.id))
    .innerJoin(organisations, eq(cases.organisationId, organisations.id))
    .where(where)
    .orderBy(order(CASE_LIST_ORDER[query.sort]), asc(cases.id))
    .limit(bounds.pageSize)
    .offset(bounds.offset)
    .all();
  const statusCounts = db
    .select({ status: cases.status, total: count() })
    .from(cases)
    .where(eq(cases.competitionId, query.competitionId))
    .groupBy(cases.status)
    .all();
  // Through the categories, so each count is read from the index on cases' category.
  const categoryCounts = db
    .select({ categoryId: categories.id, total: count() })
    .from(categories)
    .innerJoin(cases, eq(cases.categoryId, categories.id))
    .where(eq(categories.competitionId, query.competitionId))
    .groupBy(categories.id)
    .all();
  const year = db
    .select({ year: competitions.year })
    .from(competitions)
    .where(eq(competitions.id, query.competitionId))
    .get()?.year;
  const { offset: _offset, ...page } = bounds;
  return {
    rows: rows.map((row) => ({ ...row, reference: year ? caseReference(year, row.id) : String(row.id) })),
    page,
    statusCounts,
    categoryCounts,
  };
}

export function listCategoryChoices(db: AppDatabase, competitionId: number) {
  return categoriesOfCompetition(db).all({ competitionId });
}
