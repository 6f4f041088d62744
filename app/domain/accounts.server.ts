import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { count, eq } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import { organisations, setupTokens, users } from "#db/schema.ts";
import { writeAudit } from "./audit.server.ts";
import { verifyPassword } from "./passwords.server.ts";
import { emailDomainOf, isFreeMailDomain, normaliseEmail } from "./email-addresses.ts";
import { DomainError } from "./errors.ts";
import { normaliseOrgNumber } from "./org-number.ts";
import type { Role } from "./roles.ts";
import { clearAttempts, reserveAttempt, withdrawAttempt } from "./throttle.server.ts";

// The address rules are pure, so the conflict rules can use them too; re-exported for the callers here.
export { emailDomainOf, isFreeMailDomain, normaliseEmail };

function organisationDomainFor(email: string): string | null {
  const domain = emailDomainOf(email);
  return isFreeMailDomain(domain) ? null : domain;
}

export type NewEntrant = {
  name: string;
  email: string;
  passwordHash: string;
  organisationName: string;
  orgNumber: string;
};

/**
 * Creates the entrant and, for a new organisation number, the organisation. A colleague may join an
 * organisation already registered only with an e-mail on its domain; anyone else could otherwise
 * read its cases just by knowing the public organisation number.
 */
export function registerEntrant(
  db: AppDatabase,
  input: NewEntrant,
  now: Date,
): { userId: string; organisationId: number } {
  const email = normaliseEmail(input.email);
  const orgNumber = normaliseOrgNumber(input.orgNumber);
  return db.transaction((tx) => {
    const existingUser = tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
    if (existingUser) throw new DomainError("invalid", "account.email.taken", { field: "email" });

    const existingOrganisation = tx.select().from(organisations).where(eq(organisations.orgNumber, orgNumber)).get();
    let organisationId: number;
    if (existingOrganisation) {
      const domain = organisationDomainFor(email);
      if (!domain || existingOrganisation.emailDomain !== domain) {
        throw new DomainError("invalid", "account.orgNumber.taken", { field: "orgNumber" });
      }
      organisationId = existingOrganisation.id;
    } else {
      organisationId = tx
        .insert(organisations)
        .values({
          name: input.organisationName.trim(),
          orgNumber,
          emailDomain: organisationDomainFor(email),
          contactName: input.name.trim(),
          contactEmail: email,
          createdAt: now,
        })
        .returning({ id: organisations.id })
        .get().id;
    }

    const userId = randomUUID();
    tx.insert(users)
      .values({
        id: userId,
        email,
        name: input.name.trim(),
        passwordHash: input.passwordHash,
        role: "entrant",
        organisationId,
        createdAt: now,
      })
      .run();
    writeAudit(tx, {
      actorId: userId,
      action: existingOrganisation ? "account.joined-organisation" : "account.registered",
      subjectType: "organisation",
      subjectId: organisationId,
      at: now,
    });
    return { userId, organisationId };
  });
}

export type LoginOutcome =
  | { ok: true; userId: string; role: Role }
  | { ok: false; reason: "wrong-credentials" }
  | { ok: false; reason: "locked"; until: Date }
  | { ok: false; reason: "busy" };

/**
 * Reserves the attempt against the limits first (a locked address is refused even with the right
 * password, and parallel guesses cannot pass the limit), then checks the password. Unknown e-mail
 * and wrong password are one answer, so the form reveals no accounts. `client` is the caller's
 * clientKey (ADR 0006).
 */
export async function authenticate(
  db: AppDatabase,
  credentials: { email: string; password: string; client: string },
  now: Date,
): Promise<LoginOutcome> {
  const key = { subject: normaliseEmail(credentials.email), client: credentials.client };
  const reservation = reserveAttempt(db, "login", key, now);
  if (!reservation.ok) return { ok: false, reason: "locked", until: reservation.until };
  const candidate =
    db
      .select({ id: users.id, passwordHash: users.passwordHash, role: users.role })
      .from(users)
      .where(eq(users.email, key.subject))
      .get() ?? null;
  let passwordMatches: boolean;
  try {
    passwordMatches = await verifyPassword(candidate?.passwordHash ?? null, credentials.password);
  } catch (error) {
    if (!(error instanceof DomainError && error.kind === "rate-limited")) throw error;
    withdrawAttempt(db, reservation.attemptId);
    return { ok: false, reason: "busy" };
  }
  // A failure keeps its reserved row: that row is what the limits count.
  if (!candidate || !passwordMatches) return { ok: false, reason: "wrong-credentials" };
  clearAttempts(db, "login", key);
  return { ok: true, userId: candidate.id, role: candidate.role };
}

export function countUsersByRole(db: AppDatabase): Record<Role, number> {
  const rows = db.select({ role: users.role, total: count() }).from(users).groupBy(users.role).all();
  const counts: Record<Role, number> = { entrant: 0, juror: 0, chair: 0 };
  for (const row of rows) counts[row.role] = row.total;
  return counts;
}

export function countOrganisations(db: AppDatabase): number {
  return db.select({ total: count() }).from(organisations).get()?.total ?? 0;
}

// ——— First run: the one-time link that creates the chair ———

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function chairExists(db: DbOrTransaction): boolean {
  return db.select({ id: users.id }).from(users).where(eq(users.role, "chair")).limit(1).get() !== undefined;
}

/** A new token on every start replaces the old one, so a link from an old console log is dead. */
export function issueSetupToken(db: AppDatabase, now: Date): string {
  const token = randomBytes(24).toString("base64url");
  db.transaction((tx) => {
    tx.delete(setupTokens).run();
    tx.insert(setupTokens)
      .values({ tokenHash: hashToken(token), createdAt: now })
      .run();
  });
  return token;
}

export function isSetupTokenValid(db: DbOrTransaction, token: string): boolean {
  if (chairExists(db)) return false;
  const stored = db.select({ tokenHash: setupTokens.tokenHash }).from(setupTokens).all();
  const candidate = Buffer.from(hashToken(token));
  return stored.some((row) => timingSafeEqual(Buffer.from(row.tokenHash), candidate));
}

export type NewChair = { name: string; email: string; passwordHash: string };

export function createFirstChair(db: AppDatabase, token: string, input: NewChair, now: Date): { userId: string } {
  return db.transaction((tx) => {
    // Checked again inside the transaction: two tabs posting the form at once make one chair.
    if (!isSetupTokenValid(tx, token)) throw new DomainError("not-found", "setup.invalidLink");
    const email = normaliseEmail(input.email);
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
      throw new DomainError("invalid", "account.email.taken", { field: "email" });
    }
    const userId = randomUUID();
    tx.insert(users)
      .values({
        id: userId,
        email,
        name: input.name.trim(),
        passwordHash: input.passwordHash,
        role: "chair",
        createdAt: now,
      })
      .run();
    tx.delete(setupTokens).run();
    writeAudit(tx, {
      actorId: userId,
      action: "account.chair-created",
      subjectType: "user",
      subjectId: userId,
      at: now,
    });
    return { userId };
  });
}
