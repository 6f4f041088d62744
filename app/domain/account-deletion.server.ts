import { and, count, eq, isNotNull, isNull, ne, notExists } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import {
  assignments,
  cases,
  competitions,
  emailVerificationTokens,
  jurorInvitations,
  organisations,
  passwordResetTokens,
  publications,
  sessions,
  throttledAttempts,
  users,
} from "#db/schema.ts";
import { authenticate, type LoginOutcome } from "./accounts.server.ts";
import { writeAudit } from "./audit.server.ts";
import { DomainError, notFound } from "./errors.ts";

/** What replaces a deleted user's name where the award still shows it. */
const DELETED_NAME = "Slettet bruker";
/** Not an Argon2 hash, so no password ever matches it. */
const UNUSABLE_PASSWORD_HASH = "!deleted";

/** A competition counts as concluded once its winners are published; until then its people are needed. */
function unconcluded(db: DbOrTransaction) {
  return notExists(
    db
      .select({ id: publications.id })
      .from(publications)
      .where(
        and(
          eq(publications.competitionId, competitions.id),
          eq(publications.stage, "winners"),
          isNotNull(publications.publishedAt),
        ),
      ),
  );
}

/**
 * Why this account cannot be deleted now, or null: the only chair; the last administrator of a
 * company with a submitted case in a competition not yet concluded; a juror in a competition whose
 * winners are not published (their sheets are part of the result to come).
 */
export function deletionRefusal(db: DbOrTransaction, userId: string): DomainError | null {
  const user = db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deletedAt)))
    .get();
  if (!user) return notFound();
  switch (user.role) {
    case "chair": {
      const chairs = db
        .select({ total: count() })
        .from(users)
        .where(and(eq(users.role, "chair"), isNull(users.deletedAt)))
        .get();
      return (chairs?.total ?? 0) > 1 ? null : new DomainError("forbidden", "deletion.refused.onlyChair");
    }
    case "entrant": {
      if (user.membership !== "admin" || user.organisationId === null) return null;
      const otherAdmin = db
        .select({ id: users.id })
        .from(users)
        .where(
          and(
            eq(users.organisationId, user.organisationId),
            eq(users.membership, "admin"),
            isNull(users.deletedAt),
            ne(users.id, userId),
          ),
        )
        .get();
      if (otherAdmin) return null;
      const pending = db
        .select({ organisation: organisations.name })
        .from(cases)
        .innerJoin(competitions, eq(cases.competitionId, competitions.id))
        .innerJoin(organisations, eq(cases.organisationId, organisations.id))
        .where(and(eq(cases.organisationId, user.organisationId), eq(cases.status, "submitted"), unconcluded(db)))
        .get();
      return pending
        ? new DomainError("forbidden", "deletion.refused.lastAdmin", { params: { organisation: pending.organisation } })
        : null;
    }
    case "juror": {
      const judging = db
        .select({ name: competitions.name })
        .from(assignments)
        .innerJoin(cases, eq(assignments.caseId, cases.id))
        .innerJoin(competitions, eq(cases.competitionId, competitions.id))
        .where(and(eq(assignments.jurorId, userId), unconcluded(db)))
        .get();
      return judging
        ? new DomainError("forbidden", "deletion.refused.jurorUnpublished", { params: { competition: judging.name } })
        : null;
    }
  }
}

export type DeletionOutcome = { ok: true } | Exclude<LoginOutcome, { ok: true }>;

/**
 * Deletes the account (GDPR article 17) after checking the password like a log-in (same limits):
 * sessions and tokens go, name and address are replaced (a juror's name by "Jurymedlem N", N kept
 * for good, so their sheets stay readable as one anonymous juror), the password stops working, and
 * the row stays for what it wrote. The address is free to register again. Refusals are thrown.
 */
export async function deleteAccount(
  db: AppDatabase,
  account: { userId: string; email: string; client: string },
  password: string,
  now: Date,
): Promise<DeletionOutcome> {
  const refusal = deletionRefusal(db, account.userId);
  if (refusal) throw refusal;
  const check = await authenticate(db, { email: account.email, password, client: account.client }, now);
  if (!check.ok) return check;
  if (check.userId !== account.userId) return { ok: false, reason: "wrong-credentials" };
  db.transaction((tx) => {
    // Checked again inside the transaction: a colleague may have stepped down meanwhile.
    const late = deletionRefusal(tx, account.userId);
    if (late) throw late;
    const user = tx.select().from(users).where(eq(users.id, account.userId)).get()!;
    const placeholder = placeholderFor(tx, user);
    tx.update(users)
      .set({
        name: placeholder.name,
        email: placeholder.email,
        passwordHash: UNUSABLE_PASSWORD_HASH,
        membership: null,
        emailVerifiedAt: null,
        deletedAt: now,
      })
      .where(eq(users.id, user.id))
      .run();
    tx.delete(sessions).where(eq(sessions.userId, user.id)).run();
    tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id)).run();
    tx.delete(emailVerificationTokens).where(eq(emailVerificationTokens.userId, user.id)).run();
    tx.delete(throttledAttempts).where(eq(throttledAttempts.subject, user.email)).run();
    tx.update(jurorInvitations).set({ email: placeholder.email }).where(eq(jurorInvitations.email, user.email)).run();
    tx.update(organisations)
      .set({ contactName: null, contactEmail: null })
      .where(eq(organisations.contactEmail, user.email))
      .run();
    writeAudit(tx, {
      actorId: user.id,
      action: "account.deleted",
      subjectType: "user",
      subjectId: user.id,
      details: { role: user.role, shownAs: placeholder.name },
      at: now,
    });
  });
  return { ok: true };
}

/**
 * A juror becomes "Jurymedlem N", numbered in the order jurors leave, so the chair's views and
 * exports still tell one juror's sheets from another's; the address under the reserved .invalid
 * domain can never receive mail or be typed into a log-in that works.
 */
function placeholderFor(tx: DbOrTransaction, user: { id: string; role: string }) {
  if (user.role !== "juror") return { name: DELETED_NAME, email: `slettet-${user.id}@slettet.invalid` };
  const earlier = tx
    .select({ total: count() })
    .from(users)
    .where(and(eq(users.role, "juror"), isNotNull(users.deletedAt)))
    .get();
  const number = (earlier?.total ?? 0) + 1;
  return { name: `Jurymedlem ${number}`, email: `jurymedlem-${number}-${user.id}@slettet.invalid` };
}
