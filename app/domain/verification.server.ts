import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNotNull, isNull, ne } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import { emailVerificationTokens, organisations, users } from "#db/schema.ts";
import { writeAudit } from "./audit.server.ts";
import type { Locale } from "./locales.ts";
import { membershipOnVerification, type Membership } from "./memberships.ts";
import type { Role } from "./roles.ts";

/** A verification link works once, for a day: long enough for slow mail, short enough to go stale. */
export const VERIFICATION_LIFETIME_MS = 24 * 60 * 60 * 1000;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type VerificationLink = { token: string; expiresAt: Date };

/**
 * Stores a fresh link for the account's current address in place of every unused one: only the
 * newest mail works, and a link sent to an address the user has since corrected opens nothing.
 */
export function issueVerificationLink(
  tx: DbOrTransaction,
  account: { id: string; email: string },
  now: Date,
): VerificationLink {
  tx.delete(emailVerificationTokens)
    .where(and(eq(emailVerificationTokens.userId, account.id), isNull(emailVerificationTokens.usedAt)))
    .run();
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + VERIFICATION_LIFETIME_MS);
  tx.insert(emailVerificationTokens)
    .values({ userId: account.id, email: account.email, tokenHash: hashToken(token), createdAt: now, expiresAt })
    .run();
  return { token, expiresAt };
}

export type Recipient = { email: string; name: string; locale: Locale };

/** The people who decide who joins a company: its verified administrators. */
export function companyAdmins(db: DbOrTransaction, organisationId: number, exceptUserId?: string): Recipient[] {
  return db
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        eq(users.membership, "admin"),
        isNotNull(users.emailVerifiedAt),
        isNull(users.deletedAt),
        exceptUserId ? ne(users.id, exceptUserId) : undefined,
      ),
    )
    .all();
}

export type ConfirmOutcome =
  | {
      state: "verified";
      role: Role;
      membership: Membership | null;
      /** Set when the user now waits for approval: whom to tell, and what about. */
      joinRequest: { organisationName: string; newcomer: { name: string; email: string }; admins: Recipient[] } | null;
    }
  | { state: "used" | "expired" | "unknown" };

/**
 * Opens a mailed link for the signed-in user (a link for another account is unknown, so a
 * forwarded mail proves nothing). A registrant then claims their company if nobody administers it
 * yet, and otherwise asks to join it; all in one transaction, so two founders verifying at once
 * make one administrator.
 */
export function confirmEmail(db: AppDatabase, userId: string, token: string, now: Date): ConfirmOutcome {
  return db.transaction(
    (tx): ConfirmOutcome => {
      const link = tx
        .select({
          id: emailVerificationTokens.id,
          email: emailVerificationTokens.email,
          expiresAt: emailVerificationTokens.expiresAt,
          usedAt: emailVerificationTokens.usedAt,
        })
        .from(emailVerificationTokens)
        .where(and(eq(emailVerificationTokens.tokenHash, hashToken(token)), eq(emailVerificationTokens.userId, userId)))
        .get();
      const user = tx.select().from(users).where(eq(users.id, userId)).get();
      if (!link || !user || user.deletedAt || link.email !== user.email) return { state: "unknown" };
      if (link.usedAt) return { state: "used" };
      if (link.expiresAt.getTime() <= now.getTime()) return { state: "expired" };

      tx.update(emailVerificationTokens).set({ usedAt: now }).where(eq(emailVerificationTokens.id, link.id)).run();
      tx.update(users).set({ emailVerifiedAt: now }).where(eq(users.id, userId)).run();
      writeAudit(tx, {
        actorId: userId,
        action: "account.email-verified",
        subjectType: "user",
        subjectId: userId,
        at: now,
      });
      if (user.role !== "entrant" || user.organisationId === null) {
        return { state: "verified", role: user.role, membership: null, joinRequest: null };
      }

      const organisationId = user.organisationId;
      const admins = companyAdmins(tx, organisationId, userId);
      const membership = membershipOnVerification(user.membership, admins.length > 0);
      tx.update(users).set({ membership }).where(eq(users.id, userId)).run();
      const organisation = tx.select().from(organisations).where(eq(organisations.id, organisationId)).get()!;
      if (membership === "admin" && user.membership === "pending") {
        // The founder is the company's contact until an administrator names another.
        tx.update(organisations)
          .set({ contactName: user.name, contactEmail: user.email })
          .where(eq(organisations.id, organisationId))
          .run();
      }
      writeAudit(tx, {
        actorId: userId,
        action: membership === "pending" ? "membership.requested" : "membership.claimed",
        subjectType: "organisation",
        subjectId: organisationId,
        details: { userId, membership },
        at: now,
      });
      return {
        state: "verified",
        role: user.role,
        membership,
        joinRequest:
          membership === "pending"
            ? { organisationName: organisation.name, newcomer: { name: user.name, email: user.email }, admins }
            : null,
      };
    },
    { behavior: "immediate" },
  );
}
