import { alias } from "drizzle-orm/sqlite-core";
import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { AppDatabase } from "#db/client.ts";
import {
  assignments,
  attachments,
  auditLog,
  cases,
  categories,
  competitions,
  jurorConflicts,
  jurorInvitations,
  organisations,
  reminders,
  scoreSheets,
  sessions,
  throttledAttempts,
  users,
} from "#db/schema.ts";
import { caseReference } from "./cases.server.ts";
import { calibrationSheetsBy } from "./calibration.server.ts";
import { notFound } from "./errors.ts";

const uploader = alias(users, "uploader");

/**
 * Everything the portal holds about one user, as they may download it (GDPR articles 15 and 20):
 * the account without its password hash, the company and its cases they may see (with each
 * attachment's name, type, size and uploader), the score sheets they wrote, the audit entries they
 * made or that are about them, their sessions (times only: an id opens nothing but is no business of
 * the file), invitations to their address, their conflicts and ties, the reminders sent to them,
 * and failed log-ins on it.
 * Tokens are never part of it.
 */
export function exportPersonalData(db: AppDatabase, userId: string, now: Date) {
  const account = db.select().from(users).where(eq(users.id, userId)).get();
  if (!account) throw notFound();
  return {
    exportedAt: now.toISOString(),
    account: {
      id: account.id,
      name: account.name,
      email: account.email,
      role: account.role,
      membership: account.membership,
      locale: account.locale,
      emailVerifiedAt: account.emailVerifiedAt,
      createdAt: account.createdAt,
    },
    company: account.organisationId === null ? null : companyOf(db, account.organisationId),
    // A pending member sees none of the company's cases in the portal, so none in the file either.
    cases:
      account.organisationId !== null && account.membership !== "pending" ? casesOf(db, account.organisationId) : [],
    scoreSheets: sheetsBy(db, userId),
    // The calibration's sample sheets are sheets they wrote too (ADR 0032).
    calibrationSheets: calibrationSheetsBy(db, userId),
    auditEntries: db
      .select({
        at: auditLog.at,
        action: auditLog.action,
        actorId: auditLog.actorId,
        subjectType: auditLog.subjectType,
        subjectId: auditLog.subjectId,
        details: auditLog.details,
      })
      .from(auditLog)
      .where(or(eq(auditLog.actorId, userId), and(eq(auditLog.subjectType, "user"), eq(auditLog.subjectId, userId))))
      .orderBy(asc(auditLog.id))
      .all(),
    sessions: db
      .select({ createdAt: sessions.createdAt, expiresAt: sessions.expiresAt })
      .from(sessions)
      .where(eq(sessions.userId, userId))
      .orderBy(asc(sessions.createdAt))
      .all()
      .map((session) => ({ createdAt: session.createdAt, expiresAt: new Date(session.expiresAt * 1000) })),
    invitations: db
      .select({
        createdAt: jurorInvitations.createdAt,
        expiresAt: jurorInvitations.expiresAt,
        acceptedAt: jurorInvitations.acceptedAt,
        revokedAt: jurorInvitations.revokedAt,
        replacedAt: jurorInvitations.replacedAt,
      })
      .from(jurorInvitations)
      .where(or(eq(jurorInvitations.email, account.email), eq(jurorInvitations.acceptedUserId, userId)))
      .orderBy(asc(jurorInvitations.id))
      .all(),
    conflicts: db
      .select({
        source: jurorConflicts.source,
        kind: jurorConflicts.kind,
        organisationName: jurorConflicts.organisationName,
        orgNumber: jurorConflicts.orgNumber,
        registeredOrganisation: organisations.name,
        reason: jurorConflicts.reason,
        createdAt: jurorConflicts.createdAt,
      })
      .from(jurorConflicts)
      .leftJoin(organisations, eq(jurorConflicts.organisationId, organisations.id))
      .where(eq(jurorConflicts.jurorId, userId))
      .orderBy(asc(jurorConflicts.id))
      .all(),
    remindersReceived: db
      .select({ competition: competitions.name, round: reminders.round, sentAt: reminders.sentAt })
      .from(reminders)
      .innerJoin(competitions, eq(reminders.competitionId, competitions.id))
      .where(eq(reminders.jurorId, userId))
      .orderBy(asc(reminders.sentAt))
      .all(),
    failedLogins: db
      .select({ action: throttledAttempts.action, attemptedAt: throttledAttempts.attemptedAt })
      .from(throttledAttempts)
      .where(eq(throttledAttempts.subject, account.email))
      .orderBy(asc(throttledAttempts.attemptedAt))
      .all(),
  };
}

export type PersonalData = ReturnType<typeof exportPersonalData>;

function companyOf(db: AppDatabase, organisationId: number) {
  return (
    db
      .select({
        name: organisations.name,
        orgNumber: organisations.orgNumber,
        address: organisations.address,
        contactName: organisations.contactName,
        contactEmail: organisations.contactEmail,
        createdAt: organisations.createdAt,
      })
      .from(organisations)
      .where(eq(organisations.id, organisationId))
      .get() ?? null
  );
}

function casesOf(db: AppDatabase, organisationId: number) {
  const rows = db
    .select({ case: cases, year: competitions.year, category: categories.name })
    .from(cases)
    .innerJoin(competitions, eq(cases.competitionId, competitions.id))
    .innerJoin(categories, eq(cases.categoryId, categories.id))
    .where(eq(cases.organisationId, organisationId))
    .orderBy(asc(cases.id))
    .all();
  const files = rows.length
    ? db
        .select({
          caseId: attachments.caseId,
          name: attachments.fileName,
          type: attachments.contentType,
          sizeBytes: attachments.sizeBytes,
          uploadedAt: attachments.createdAt,
          uploadedBy: uploader.name,
        })
        .from(attachments)
        .leftJoin(uploader, eq(attachments.uploadedById, uploader.id))
        .where(
          inArray(
            attachments.caseId,
            rows.map((row) => row.case.id),
          ),
        )
        .orderBy(asc(attachments.id))
        .all()
    : [];
  return rows.map(({ case: item, year, category }) => ({
    reference: caseReference(year, item.id),
    competitionYear: year,
    category,
    title: item.title,
    summary: item.summary,
    servicePromise: item.servicePromise,
    anchoring: item.anchoring,
    realisation: item.realisation,
    status: item.status,
    submittedAt: item.submittedAt,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    attachments: files.filter((file) => file.caseId === item.id).map(({ caseId: _caseId, ...file }) => file),
  }));
}

function sheetsBy(db: AppDatabase, jurorId: string) {
  return db
    .select({
      caseId: cases.id,
      year: competitions.year,
      round: scoreSheets.round,
      status: scoreSheets.status,
      scorePromise: scoreSheets.scorePromise,
      scoreAnchoring: scoreSheets.scoreAnchoring,
      scoreRealisation: scoreSheets.scoreRealisation,
      commentPromise: scoreSheets.commentPromise,
      commentAnchoring: scoreSheets.commentAnchoring,
      commentRealisation: scoreSheets.commentRealisation,
      overallComment: scoreSheets.overallComment,
      finalisedAt: scoreSheets.finalisedAt,
      updatedAt: scoreSheets.updatedAt,
      conflictStatus: assignments.conflictStatus,
      conflictReason: assignments.conflictReason,
    })
    .from(scoreSheets)
    .innerJoin(assignments, eq(scoreSheets.assignmentId, assignments.id))
    .innerJoin(cases, eq(assignments.caseId, cases.id))
    .innerJoin(competitions, eq(cases.competitionId, competitions.id))
    .where(eq(assignments.jurorId, jurorId))
    .orderBy(asc(scoreSheets.id))
    .all()
    .map(({ caseId, year, ...sheet }) => ({ case: caseReference(year, caseId), ...sheet }));
}
