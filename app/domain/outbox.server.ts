import { eq, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client.ts";
import { outboxMails } from "#db/schema.ts";

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
