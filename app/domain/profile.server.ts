import { eq } from "drizzle-orm";
import type { AppDatabase } from "#db/client.ts";
import { users } from "#db/schema.ts";
import { authenticate, type LoginOutcome } from "./accounts.server.ts";
import { writeAudit } from "./audit.server.ts";
import { hashPassword } from "./passwords.server.ts";

export type PasswordChangeOutcome = { ok: true } | Exclude<LoginOutcome, { ok: true }>;

/**
 * The current password is checked exactly like a log-in (same limits, same Argon2 pool): a stolen
 * session must not become a way round the log-in lock. The caller ends the account's other
 * sessions afterwards.
 */
export async function changePassword(
  db: AppDatabase,
  account: { userId: string; email: string; client: string },
  passwords: { current: string; next: string },
  now: Date,
): Promise<PasswordChangeOutcome> {
  const check = await authenticate(
    db,
    { email: account.email, password: passwords.current, client: account.client },
    now,
  );
  if (!check.ok) return check;
  if (check.userId !== account.userId) return { ok: false, reason: "wrong-credentials" };
  const passwordHash = await hashPassword(passwords.next);
  db.transaction((tx) => {
    tx.update(users).set({ passwordHash }).where(eq(users.id, account.userId)).run();
    writeAudit(tx, {
      actorId: account.userId,
      action: "account.password-changed",
      subjectType: "user",
      subjectId: account.userId,
      at: now,
    });
  });
  return { ok: true };
}

/** Written before the sessions end, so the log shows who pressed "log out everywhere" and when. */
export function recordLogoutEverywhere(db: AppDatabase, userId: string, now: Date): void {
  writeAudit(db, {
    actorId: userId,
    action: "account.logged-out-everywhere",
    subjectType: "user",
    subjectId: userId,
    at: now,
  });
}
