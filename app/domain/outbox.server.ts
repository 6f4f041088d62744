import { asc, eq, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client.ts";
import { outboxMails } from "#db/schema.ts";
import { pageBounds } from "./paging.ts";

// The outbox both the result mails (publication.server.ts) and the chair's mailings
// (mailings.server.ts) hold their approved mails in until the chair releases them.

export type MailState = "sent" | "failed" | "pending";

/** An outbox's mails counted by state in SQL, for `.select(OUTBOX_STATE_COUNTS)` over its rows. */
export const OUTBOX_STATE_COUNTS = {
  sent: sql<number>`coalesce(sum(${outboxMails.sentAt} IS NOT NULL), 0)`,
  failed: sql<number>`coalesce(sum(${outboxMails.sentAt} IS NULL AND ${outboxMails.failedAt} IS NOT NULL), 0)`,
  pending: sql<number>`coalesce(sum(${outboxMails.sentAt} IS NULL AND ${outboxMails.failedAt} IS NULL), 0)`,
};

export function mailState(mail: { sentAt: Date | null; failedAt: Date | null }): MailState {
  return mail.sentAt ? "sent" : mail.failedAt ? "failed" : "pending";
}

export function recordOutboxResult(db: AppDatabase, mailId: number, sent: boolean, now: Date): void {
  db.update(outboxMails)
    .set(sent ? { sentAt: now, failedAt: null } : { failedAt: now })
    .where(eq(outboxMails.id, mailId))
    .run();
}

/** Whose mails: a publication stage's result mails or one of the chair's mailings. */
export type OutboxOwner = { publicationId: number } | { mailingId: number };

/** An outbox counted by state, and one page of its mails in the order they were queued. */
export function outboxPage(db: AppDatabase, owner: OutboxOwner, page: number, pageSize: number) {
  const ofOwner =
    "publicationId" in owner
      ? eq(outboxMails.publicationId, owner.publicationId)
      : eq(outboxMails.mailingId, owner.mailingId);
  const row = db.select(OUTBOX_STATE_COUNTS).from(outboxMails).where(ofOwner).get();
  const counts: Record<MailState, number> = {
    sent: row?.sent ?? 0,
    failed: row?.failed ?? 0,
    pending: row?.pending ?? 0,
  };
  const slice = pageBounds(counts.sent + counts.failed + counts.pending, page, pageSize);
  const mails = db
    .select({
      id: outboxMails.id,
      toEmail: outboxMails.toEmail,
      subject: outboxMails.subject,
      body: outboxMails.body,
      sentAt: outboxMails.sentAt,
      failedAt: outboxMails.failedAt,
    })
    .from(outboxMails)
    .where(ofOwner)
    .orderBy(asc(outboxMails.id))
    .limit(slice.pageSize)
    .offset(slice.offset)
    .all()
    .map(({ sentAt, failedAt, ...mail }) => ({ ...mail, state: mailState({ sentAt, failedAt }) }));
  return { counts, slice, mails };
}
