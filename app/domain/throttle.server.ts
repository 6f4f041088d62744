import { and, eq, gt, lte, or } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import { throttledAttempts } from "#db/schema.ts";
import { ATTEMPT_LIMITS, attemptBlockedUntil, type ThrottledAction } from "./throttle.ts";

export type AttemptKey = { subject: string; client: string };
export type Reservation = { ok: true; attemptId: number } | { ok: false; until: Date };

/**
 * Checks every limit and, when they allow it, records the attempt as a failure, in one immediate
 * transaction before any slow work (Argon2) starts: parallel attempts queue on the write lock, so
 * the limit holds however many arrive at once. The caller settles the attempt afterwards.
 */
export function reserveAttempt(db: AppDatabase, action: ThrottledAction, key: AttemptKey, now: Date): Reservation {
  const limits = ATTEMPT_LIMITS[action];
  const since = new Date(now.getTime() - limits.windowMs);
  return db.transaction(
    (tx) => {
      // Old rows can never count again; trimming here keeps the table small without a cron job.
      tx.delete(throttledAttempts)
        .where(and(eq(throttledAttempts.action, action), lte(throttledAttempts.attemptedAt, since)))
        .run();
      const recent = tx
        .select({
          subject: throttledAttempts.subject,
          client: throttledAttempts.client,
          at: throttledAttempts.attemptedAt,
        })
        .from(throttledAttempts)
        .where(
          and(
            eq(throttledAttempts.action, action),
            gt(throttledAttempts.attemptedAt, since),
            or(eq(throttledAttempts.subject, key.subject), eq(throttledAttempts.client, key.client)),
          ),
        )
        .all();
      const until = attemptBlockedUntil(recent, key, now, limits);
      if (until) return { ok: false, until };
      const attemptId = tx
        .insert(throttledAttempts)
        .values({ action, subject: key.subject, client: key.client, attemptedAt: now })
        .returning({ id: throttledAttempts.id })
        .get().id;
      return { ok: true, attemptId };
    },
    { behavior: "immediate" },
  );
}

/**
 * The attempt succeeded: it and the earlier failures of this subject from this client stop
 * counting. Failures from other clients stay, so a guesser elsewhere keeps their count.
 */
export function clearAttempts(db: AppDatabase, action: ThrottledAction, key: AttemptKey): void {
  db.delete(throttledAttempts)
    .where(
      and(
        eq(throttledAttempts.action, action),
        eq(throttledAttempts.subject, key.subject),
        eq(throttledAttempts.client, key.client),
      ),
    )
    .run();
}

/** The attempt was never evaluated (the server was too busy), so it is no failure either. */
export function withdrawAttempt(db: AppDatabase, attemptId: number): void {
  db.delete(throttledAttempts).where(eq(throttledAttempts.id, attemptId)).run();
}

/**
 * Every count against `subject` from every client ends: the owner proved the address (a reset
 * link from its mailbox), so a lock someone else ran up on it has done its job.
 */
export function clearSubject(db: DbOrTransaction, action: ThrottledAction, subject: string): void {
  db.delete(throttledAttempts)
    .where(and(eq(throttledAttempts.action, action), eq(throttledAttempts.subject, subject)))
    .run();
}
