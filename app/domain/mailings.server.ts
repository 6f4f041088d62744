import { createHash } from "node:crypto";
import { and, asc, count, desc, eq, exists, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import { cases, mailings, organisations, outboxMails, users } from "#db/schema.ts";
import { writeAudit } from "./audit.server.ts";
import { requireCompetition } from "./competition-lookup.server.ts";
import { DomainError, notFound } from "./errors.ts";
import { composeMailingMail, type MailingAudience, type MailingTexts } from "./mailings.ts";
import { OUTBOX_STATE_COUNTS, outboxPage } from "./outbox.server.ts";
import { pageBounds, type SortDirection } from "./paging.ts";

/** Recipients and mails listed on one page of the preview and of a mailing's outbox. */
export const MAILING_PAGE_SIZE = 20;
const OUTBOX_INSERT_CHUNK = 500;

/** The case state that puts an organisation in the audience. */
const AUDIENCE_CASES = {
  drafts: sql`${cases.status} = 'draft'`,
  reopened: sql`${cases.status} = 'submitted' AND ${cases.reopenedAt} IS NOT NULL`,
  submitted: sql`${cases.status} = 'submitted'`,
} satisfies Record<MailingAudience, SQL>;

/**
 * Entrant accounts that speak for an organisation (approved members and administrators, not
 * deleted) whose organisation has a case of the audience's kind in the competition.
 */
function recipientCondition(competitionId: number, audience: MailingAudience) {
  return and(
    eq(users.role, "entrant"),
    inArray(users.membership, ["member", "admin"]),
    isNull(users.deletedAt),
    exists(
      sql`(SELECT 1 FROM ${cases} WHERE ${cases.organisationId} = ${users.organisationId}
        AND ${cases.competitionId} = ${competitionId} AND ${AUDIENCE_CASES[audience]})`,
    ),
  );
}

function recipientQuery(db: DbOrTransaction, competitionId: number, audience: MailingAudience) {
  return db
    .select({
      name: users.name,
      email: users.email,
      locale: users.locale,
      organisationName: organisations.name,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(recipientCondition(competitionId, audience))
    .orderBy(asc(organisations.name), asc(users.email));
}

function countRecipients(db: DbOrTransaction, competitionId: number, audience: MailingAudience): number {
  return db.select({ total: count() }).from(users).where(recipientCondition(competitionId, audience)).get()?.total ?? 0;
}

export type MailingDraft = MailingTexts & { audience: MailingAudience };

/**
 * What the chair previewed, as a short hash of the audience and the texts: queuing carries it back,
 * so a text edited after the preview is previewed again before it can be queued.
 */
function previewFingerprint(draft: MailingDraft): string {
  const fields = [draft.audience, draft.subjectNb, draft.bodyNb, draft.subjectEn ?? "", draft.bodyEn ?? ""];
  return createHash("sha256").update(JSON.stringify(fields)).digest("hex").slice(0, 32);
}

/**
 * What queuing would send, without writing anything: how many get it, one page of who, and the
 * mail the first of them would read (in their language, placeholders filled).
 */
export function previewMailing(db: AppDatabase, competitionId: number, draft: MailingDraft, page: number) {
  requireCompetition(db, competitionId);
  const total = countRecipients(db, competitionId, draft.audience);
  const slice = pageBounds(total, page, MAILING_PAGE_SIZE);
  const recipients = recipientQuery(db, competitionId, draft.audience).limit(slice.pageSize).offset(slice.offset).all();
  const first = recipientQuery(db, competitionId, draft.audience).limit(1).get();
  const sample = first ? { ...first, ...composeMailingMail(draft, first) } : null;
  const { offset: _offset, ...pageInfo } = slice;
  return { total, recipients, slice: pageInfo, sample, fingerprint: previewFingerprint(draft) };
}

/**
 * Queues a mailing as it was last previewed: one outbox mail per recipient in their language, held
 * until the chair sends it. The form's idempotency key makes a repeated post (a double click, a resent form) return the
 * mailing it already queued instead of queuing it again.
 */
export function queueMailing(
  db: AppDatabase,
  chairId: string,
  competitionId: number,
  draft: MailingDraft & { idempotencyKey: string; previewed: string },
  now: Date,
): { mailingId: number; alreadyQueued: boolean } {
  return db.transaction((tx) => {
    const existing = tx
      .select({ id: mailings.id, competitionId: mailings.competitionId })
      .from(mailings)
      .where(eq(mailings.idempotencyKey, draft.idempotencyKey))
      .get();
    if (existing) {
      if (existing.competitionId !== competitionId) throw new DomainError("conflict", "mailings.keyReused");
      return { mailingId: existing.id, alreadyQueued: true };
    }
    requireCompetition(tx, competitionId);
    if (draft.previewed !== previewFingerprint(draft))
      throw new DomainError("conflict", "mailings.changedSincePreview");
    const recipients = recipientQuery(tx, competitionId, draft.audience).all();
    if (recipients.length === 0) throw new DomainError("invalid", "mailings.noRecipients", { field: "audience" });
    const { id: mailingId } = tx
      .insert(mailings)
      .values({
        competitionId,
        audience: draft.audience,
        subjectNb: draft.subjectNb,
        bodyNb: draft.bodyNb,
        subjectEn: draft.subjectEn,
        bodyEn: draft.bodyEn,
        idempotencyKey: draft.idempotencyKey,
        recipientCount: recipients.length,
        queuedById: chairId,
        queuedAt: now,
      })
      .returning({ id: mailings.id })
      .get();
    // In slices, like the result mails: one INSERT for every mail would pass SQLite's bound-value limit.
    for (let start = 0; start < recipients.length; start += OUTBOX_INSERT_CHUNK) {
      tx.insert(outboxMails)
        .values(
          recipients.slice(start, start + OUTBOX_INSERT_CHUNK).map((recipient) => {
            const mail = composeMailingMail(draft, recipient);
            return { mailingId, toEmail: recipient.email, subject: mail.subject, body: mail.body };
          }),
        )
        .run();
    }
    writeAudit(tx, {
      actorId: chairId,
      action: "mailing.queued",
      subjectType: "mailing",
      subjectId: mailingId,
      details: { competitionId, audience: draft.audience, recipients: recipients.length },
      at: now,
    });
    return { mailingId, alreadyQueued: false };
  });
}

/**
 * Releases a mailing's held mails: marks it sent (the first time) and returns every mail not yet
 * delivered, so a second press sends only what failed. The caller delivers them and records each.
 */
export function releaseMailing(db: AppDatabase, chairId: string, mailingId: number, now: Date) {
  return db.transaction((tx) => {
    const mailing = tx
      .select({ id: mailings.id, sentAt: mailings.sentAt })
      .from(mailings)
      .where(eq(mailings.id, mailingId))
      .get();
    if (!mailing) throw notFound();
    const undelivered = tx
      .select({
        id: outboxMails.id,
        toEmail: outboxMails.toEmail,
        subject: outboxMails.subject,
        body: outboxMails.body,
      })
      .from(outboxMails)
      .where(and(eq(outboxMails.mailingId, mailingId), isNull(outboxMails.sentAt)))
      .orderBy(asc(outboxMails.id))
      .all();
    if (!mailing.sentAt) {
      tx.update(mailings).set({ sentAt: now, sentById: chairId }).where(eq(mailings.id, mailingId)).run();
    }
    writeAudit(tx, {
      actorId: chairId,
      action: mailing.sentAt ? "mailing.resent" : "mailing.sent",
      subjectType: "mailing",
      subjectId: mailingId,
      details: { mails: undelivered.length },
      at: now,
    });
    return undelivered;
  });
}

/** A competition's mailings, newest first by default, one page with their outbox counts. */
export function listMailings(db: AppDatabase, competitionId: number, query: { page: number; dir: SortDirection }) {
  const total =
    db.select({ total: count() }).from(mailings).where(eq(mailings.competitionId, competitionId)).get()?.total ?? 0;
  const slice = pageBounds(total, query.page, MAILING_PAGE_SIZE);
  const order = query.dir === "asc" ? asc : desc;
  const rows = db
    .select({
      id: mailings.id,
      audience: mailings.audience,
      subject: mailings.subjectNb,
      recipientCount: mailings.recipientCount,
      queuedAt: mailings.queuedAt,
      sentAt: mailings.sentAt,
      ...OUTBOX_STATE_COUNTS,
    })
    .from(mailings)
    .leftJoin(outboxMails, eq(outboxMails.mailingId, mailings.id))
    .where(eq(mailings.competitionId, competitionId))
    .groupBy(mailings.id)
    .orderBy(order(mailings.queuedAt), order(mailings.id))
    .limit(slice.pageSize)
    .offset(slice.offset)
    .all();
  const { offset: _offset, ...pageInfo } = slice;
  return { rows, slice: pageInfo };
}

/** One mailing with its texts, its outbox counted by state and one page of its mails. */
export function mailingDetail(db: AppDatabase, mailingId: number, page: number) {
  const mailing = db.select().from(mailings).where(eq(mailings.id, mailingId)).get();
  if (!mailing) throw notFound();
  const { counts, slice, mails } = outboxPage(db, { mailingId }, page, MAILING_PAGE_SIZE);
  const { offset: _offset, ...pageInfo } = slice;
  return { mailing, counts, mails, slice: pageInfo };
}
