import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { AppDatabase } from "#db/client.ts";
import { passwordResetTokens, users } from "#db/schema.ts";
import { normaliseEmail } from "./email-addresses.ts";
import { writeAudit } from "./audit.server.ts";
import { DomainError } from "./errors.ts";
import { hashPassword } from "./passwords.server.ts";
import type { Role } from "./roles.ts";
import { clearSubject, reserveAttempt } from "./throttle.server.ts";

export const PASSWORD_RESET_LIFETIME_MS = 60 * 60 * 1000;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type ResetRequestOutcome =
  | { ok: false; until: Date }
  /** `mail` is null for an unknown address; the page must not tell the two apart. */
  | { ok: true; mail: { email: string; name: string; token: string; expiresAt: Date } | null };

/**
 * Counts the request against the per-address and per-client limits and, for a known address,
 * stores a fresh link (only its hash) in place of any unused one. Both paths do the same cheap
 * database work; the caller sends the mail without waiting, so timing does not reveal accounts.
 */
export function requestPasswordReset(
  db: AppDatabase,
  request: { email: string; client: string },
  now: Date,
): ResetRequestOutcome {
  const email = normaliseEmail(request.email);
  const reservation = reserveAttempt(db, "reset", { subject: email, client: request.client }, now);
  if (!reservation.ok) return { ok: false, until: reservation.until };
  return db.transaction((tx) => {
    const user = tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, email)).get();
    if (!user) return { ok: true, mail: null };
    // Only the newest link works: an older mail lying around opens nothing.
    tx.delete(passwordResetTokens)
      .where(and(eq(passwordResetTokens.userId, user.id), isNull(passwordResetTokens.usedAt)))
      .run();
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(now.getTime() + PASSWORD_RESET_LIFETIME_MS);
    tx.insert(passwordResetTokens)
      .values({ userId: user.id, tokenHash: hashToken(token), createdAt: now, expiresAt })
      .run();
    writeAudit(tx, {
      actorId: null,
      action: "account.password-reset-requested",
      subjectType: "user",
      subjectId: user.id,
      details: { client: request.client },
      at: now,
    });
    return { ok: true, mail: { email, name: user.name, token, expiresAt } };
  });
}

export type PasswordResetLink =
  { state: "pending"; email: string; name: string } | { state: "used" | "expired" | "unknown" };

/** What a reset link is worth now; any string is accepted, a malformed one is simply unknown. */
export function findPasswordReset(db: AppDatabase, token: string, now: Date): PasswordResetLink {
  const row = db
    .select({
      email: users.email,
      name: users.name,
      expiresAt: passwordResetTokens.expiresAt,
      usedAt: passwordResetTokens.usedAt,
    })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(eq(passwordResetTokens.tokenHash, hashToken(token)))
    .get();
  if (!row) return { state: "unknown" };
  if (row.usedAt) return { state: "used" };
  if (row.expiresAt.getTime() <= now.getTime()) return { state: "expired" };
  return { state: "pending", email: row.email, name: row.name };
}

/**
 * Sets the new password through a pending link: the link is spent, any lock on the address is
 * lifted and the change audited, all in one transaction (two tabs posting at once: the second is
 * refused). The caller then ends every session of the account and logs this browser in.
 */
export async function completePasswordReset(
  db: AppDatabase,
  input: { token: string; password: string },
  now: Date,
): Promise<{ userId: string; role: Role }> {
  // Argon2 runs before the transaction: better-sqlite3 transactions cannot wait for it.
  const passwordHash = await hashPassword(input.password);
  const tokenHash = hashToken(input.token);
  return db.transaction((tx) => {
    const link = tx
      .select({ id: passwordResetTokens.id, userId: users.id, email: users.email, role: users.role })
      .from(passwordResetTokens)
      .innerJoin(users, eq(users.id, passwordResetTokens.userId))
      .where(eq(passwordResetTokens.tokenHash, tokenHash))
      .get();
    const spent = tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.tokenHash, tokenHash), isNull(passwordResetTokens.usedAt)))
      .returning({ expiresAt: passwordResetTokens.expiresAt })
      .get();
    if (!link || !spent || spent.expiresAt.getTime() <= now.getTime()) {
      throw new DomainError("conflict", "passwordReset.used");
    }
    tx.update(users).set({ passwordHash }).where(eq(users.id, link.userId)).run();
    clearSubject(tx, "login", link.email);
    writeAudit(tx, {
      actorId: link.userId,
      action: "account.password-reset",
      subjectType: "user",
      subjectId: link.userId,
      at: now,
    });
    return { userId: link.userId, role: link.role };
  });
}
