import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { and, count, eq, isNotNull, isNull } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import { cases, organisations, setupTokens, users } from "#db/schema.ts";
import { writeAudit } from "./audit.server.ts";
import { hashPassword, verifyPassword } from "./passwords.server.ts";
import { normaliseEmail } from "./email-addresses.ts";
import { DomainError, notFound } from "./errors.ts";
import type { Locale } from "./locales.ts";
import { normaliseOrgNumber } from "./org-number.ts";
import type { Role } from "./roles.ts";
import { clearAttempts, reserveAttempt, withdrawAttempt } from "./throttle.server.ts";
import { issueVerificationLink, VERIFICATION_LIFETIME_MS, type VerificationLink } from "./verification.server.ts";

export type NewEntrant = {
  name: string;
  email: string;
  password: string;
  organisationName: string;
  orgNumber: string;
  /** The language the registrant used the form in: their mails go out in it. */
  locale: Locale;
  /** The caller's clientKey (ADR 0006): registrations are limited per address and per client. */
  client: string;
};

export type RegistrationOutcome =
  { ok: true; userId: string; organisationId: number; verification: VerificationLink } | { ok: false; until: Date };

/**
 * An unverified registration holds its address for as long as its link lives; after that anyone
 * may register with the address again, so a stranger who typed it cannot keep its owner out.
 * Only a registrant still waiting is replaced; an account the chair created keeps its address.
 */
function releaseExpiredClaim(tx: DbOrTransaction, email: string, now: Date): boolean {
  const holder = tx.select().from(users).where(eq(users.email, email)).get();
  if (!holder) return true;
  const expired = holder.createdAt.getTime() + VERIFICATION_LIFETIME_MS <= now.getTime();
  if (holder.emailVerifiedAt || holder.role !== "entrant" || holder.membership !== "pending" || !expired) return false;
  tx.delete(users).where(eq(users.id, holder.id)).run();
  const organisationId = holder.organisationId!;
  const stillUsed =
    tx.select({ id: users.id }).from(users).where(eq(users.organisationId, organisationId)).limit(1).get() ??
    tx.select({ id: cases.id }).from(cases).where(eq(cases.organisationId, organisationId)).limit(1).get();
  if (!stillUsed) tx.delete(organisations).where(eq(organisations.id, organisationId)).run();
  writeAudit(tx, {
    actorId: null,
    action: "account.unverified-expired",
    subjectType: "user",
    subjectId: holder.id,
    at: now,
  });
  return true;
}

/** Whether anyone has proven an address for the company yet; until then nobody holds it. */
function isClaimed(tx: DbOrTransaction, organisationId: number): boolean {
  const member = tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), isNotNull(users.emailVerifiedAt), isNull(users.deletedAt)))
    .limit(1)
    .get();
  return member !== undefined;
}

/**
 * Registers an entrant who holds nothing until the mailed link is opened: the account waits, its
 * membership pending, and the organisation (created for a new number) has no administrator. The
 * first registrant to prove their address claims the company (confirmEmail); everyone else asks
 * to join, whatever their address. So a stranger's unverified registration locks nobody out.
 * Counted against the limits before Argon2 runs, so a flood costs no hashing.
 */
export async function registerEntrant(db: AppDatabase, input: NewEntrant, now: Date): Promise<RegistrationOutcome> {
  const email = normaliseEmail(input.email);
  const orgNumber = normaliseOrgNumber(input.orgNumber);
  const reservation = reserveAttempt(db, "register", { subject: email, client: input.client }, now);
  if (!reservation.ok) return { ok: false, until: reservation.until };
  const passwordHash = await hashPassword(input.password);
  return db.transaction((tx) => {
    if (!releaseExpiredClaim(tx, email, now)) {
      throw new DomainError("invalid", "account.email.taken", { field: "email" });
    }
    const organisationName = input.organisationName.trim();
    const existing = tx.select().from(organisations).where(eq(organisations.orgNumber, orgNumber)).get();
    let organisationId: number;
    if (existing) {
      organisationId = existing.id;
      // Until someone proves an address, the newest registration names the company.
      if (!isClaimed(tx, organisationId) && existing.name !== organisationName) {
        tx.update(organisations).set({ name: organisationName }).where(eq(organisations.id, organisationId)).run();
      }
    } else {
      organisationId = tx
        .insert(organisations)
        .values({ name: organisationName, orgNumber, createdAt: now })
        .returning({ id: organisations.id })
        .get().id;
    }

    const userId = randomUUID();
    tx.insert(users)
      .values({
        id: userId,
        email,
        name: input.name.trim(),
        passwordHash,
        role: "entrant",
        organisationId,
        membership: "pending",
        locale: input.locale,
        createdAt: now,
      })
      .run();
    writeAudit(tx, {
      actorId: userId,
      action: "account.registered",
      subjectType: "user",
      subjectId: userId,
      details: { organisationId, newOrganisation: !existing },
      at: now,
    });
    return { ok: true, userId, organisationId, verification: issueVerificationLink(tx, { id: userId, email }, now) };
  });
}

export type VerificationMailOutcome =
  { ok: true; mail: { email: string; name: string; locale: Locale } & VerificationLink } | { ok: false; until: Date };

function unverifiedAccount(tx: DbOrTransaction, userId: string) {
  const user = tx.select().from(users).where(eq(users.id, userId)).get();
  if (!user || user.deletedAt) throw notFound();
  if (user.emailVerifiedAt) throw new DomainError("conflict", "verify.alreadyVerified");
  return user;
}

/**
 * A new link for the address as it stands, or for a corrected one (`email`): the address changes
 * and every earlier link stops working. Limited per account and client, since each sends a mail.
 */
export function sendNewVerificationLink(
  db: AppDatabase,
  input: { userId: string; client: string; email?: string },
  now: Date,
): VerificationMailOutcome {
  const reservation = reserveAttempt(db, "verifyMail", { subject: input.userId, client: input.client }, now);
  if (!reservation.ok) return { ok: false, until: reservation.until };
  return db.transaction((tx) => {
    const user = unverifiedAccount(tx, input.userId);
    let email = user.email;
    if (input.email !== undefined && normaliseEmail(input.email) !== user.email) {
      email = normaliseEmail(input.email);
      if (!releaseExpiredClaim(tx, email, now)) {
        throw new DomainError("invalid", "account.email.taken", { field: "email" });
      }
      tx.update(users).set({ email }).where(eq(users.id, user.id)).run();
      writeAudit(tx, {
        actorId: user.id,
        action: "account.email-corrected",
        subjectType: "user",
        subjectId: user.id,
        at: now,
      });
    }
    const link = issueVerificationLink(tx, { id: user.id, email }, now);
    return { ok: true, mail: { email, name: user.name, locale: user.locale, ...link } };
  });
}

export type LoginOutcome =
  | { ok: true; userId: string; role: Role; locale: Locale }
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
      .select({ id: users.id, passwordHash: users.passwordHash, role: users.role, locale: users.locale })
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
  return { ok: true, userId: candidate.id, role: candidate.role, locale: candidate.locale };
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
        // The setup link came from the server's console: whoever opened it is trusted, address and all.
        emailVerifiedAt: now,
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
