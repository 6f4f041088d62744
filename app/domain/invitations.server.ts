import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { AppDatabase } from "#db/client.ts";
import { jurorInvitations, users } from "#db/schema.ts";
import { writeAudit } from "./audit.server.ts";
import { recordJurorTies } from "./conflicts.server.ts";
import type { Tie } from "./conflicts.ts";
import { normaliseEmail } from "./email-addresses.ts";
import { DomainError, notFound } from "./errors.ts";
import { reserveAttempt } from "./throttle.server.ts";

export const INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

export type InvitationState = "pending" | "accepted" | "expired" | "revoked";

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function invitationState(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}

/** Creates an invitation and returns its token; only the hash is stored, so the mail is the only copy. */
export function inviteJuror(
  db: AppDatabase,
  chairId: string,
  email: string,
  now: Date,
): { token: string; invitationId: number; expiresAt: Date } {
  const normalised = normaliseEmail(email);
  return db.transaction((tx) => {
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, normalised)).get()) {
      throw new DomainError("invalid", "jury.invite.alreadyUser", { field: "email" });
    }
    // A new invitation to the same address replaces any that is still open.
    tx.update(jurorInvitations)
      .set({ revokedAt: now })
      .where(and(eq(jurorInvitations.email, normalised), isNull(jurorInvitations.acceptedAt)))
      .run();
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
    const { id } = tx
      .insert(jurorInvitations)
      .values({ email: normalised, tokenHash: hashToken(token), invitedById: chairId, createdAt: now, expiresAt })
      .returning({ id: jurorInvitations.id })
      .get();
    writeAudit(tx, {
      actorId: chairId,
      action: "invitation.sent",
      subjectType: "invitation",
      subjectId: id,
      details: { email: normalised },
      at: now,
    });
    return { token, invitationId: id, expiresAt };
  });
}

/** A fresh token and a fresh 14 days; the old link stops working and says it was replaced. */
export function resendInvitation(
  db: AppDatabase,
  chairId: string,
  invitationId: number,
  now: Date,
): { token: string; email: string; expiresAt: Date } {
  return db.transaction((tx) => {
    const invitation = tx.select().from(jurorInvitations).where(eq(jurorInvitations.id, invitationId)).get();
    if (!invitation) throw notFound();
    if (invitation.acceptedAt) throw new DomainError("conflict", "jury.invite.alreadyAccepted");
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
    tx.update(jurorInvitations)
      .set({
        tokenHash: hashToken(token),
        replacedTokenHash: invitation.tokenHash,
        expiresAt,
        revokedAt: null,
      })
      .where(eq(jurorInvitations.id, invitationId))
      .run();
    writeAudit(tx, {
      actorId: chairId,
      action: "invitation.resent",
      subjectType: "invitation",
      subjectId: invitationId,
      at: now,
    });
    return { token, email: invitation.email, expiresAt };
  });
}

export function revokeInvitation(db: AppDatabase, chairId: string, invitationId: number, now: Date): void {
  db.transaction((tx) => {
    const invitation = tx.select().from(jurorInvitations).where(eq(jurorInvitations.id, invitationId)).get();
    if (!invitation) throw notFound();
    if (invitation.acceptedAt) throw new DomainError("conflict", "jury.invite.alreadyAccepted");
    tx.update(jurorInvitations).set({ revokedAt: now }).where(eq(jurorInvitations.id, invitationId)).run();
    writeAudit(tx, {
      actorId: chairId,
      action: "invitation.revoked",
      subjectType: "invitation",
      subjectId: invitationId,
      at: now,
    });
  });
}

export function listInvitations(db: AppDatabase, now: Date) {
  return db
    .select()
    .from(jurorInvitations)
    .orderBy(desc(jurorInvitations.createdAt))
    .all()
    .map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      createdAt: invitation.createdAt,
      expiresAt: invitation.expiresAt,
      state: invitationState(invitation, now),
    }));
}

/** What a token leads to: a pending invitation (with its e-mail), or why it cannot be used. */
export function findInvitation(
  db: AppDatabase,
  token: string,
  now: Date,
): { state: InvitationState | "replaced" | "unknown"; email: string | null } {
  const invitation = db
    .select()
    .from(jurorInvitations)
    .where(eq(jurorInvitations.tokenHash, hashToken(token)))
    .get();
  if (!invitation) {
    const replaced = db
      .select({ id: jurorInvitations.id })
      .from(jurorInvitations)
      .where(eq(jurorInvitations.replacedTokenHash, hashToken(token)))
      .get();
    return { state: replaced ? "replaced" : "unknown", email: null };
  }
  return { state: invitationState(invitation, now), email: invitation.email };
}

export type InvitationAttempt =
  | { state: "pending"; email: string }
  | { state: "limited"; email: string; until: Date }
  | { state: Exclude<InvitationState, "pending"> | "replaced" | "unknown" };

/**
 * A post to an invitation link: what the link is worth, and for a live one the attempt counted
 * against the limits per address and per client before the strength check and Argon2 run.
 */
export function attemptInvitation(db: AppDatabase, token: string, client: string, now: Date): InvitationAttempt {
  const found = findInvitation(db, token, now);
  if (found.state !== "pending") return { state: found.state };
  const email = found.email!;
  const reservation = reserveAttempt(db, "invitation", { subject: email, client }, now);
  return reservation.ok ? { state: "pending", email } : { state: "limited", email, until: reservation.until };
}

/**
 * Turns a pending invitation into a juror account, with the ties the juror listed; the token
 * cannot be used twice.
 */
export function acceptInvitation(
  db: AppDatabase,
  token: string,
  input: { name: string; passwordHash: string; ties?: readonly Tie[]; userId?: string },
  now: Date,
): { userId: string } {
  return db.transaction((tx) => {
    const invitation = tx
      .select()
      .from(jurorInvitations)
      .where(eq(jurorInvitations.tokenHash, hashToken(token)))
      .get();
    if (!invitation || invitationState(invitation, now) !== "pending")
      throw new DomainError("conflict", "jury.invite.unusable");
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, invitation.email)).get()) {
      throw new DomainError("conflict", "jury.invite.alreadyUser");
    }
    // The demo seed passes an id from its seeded source: a juror's id orders the automatic assignment.
    const userId = input.userId ?? randomUUID();
    tx.insert(users)
      .values({
        id: userId,
        email: invitation.email,
        name: input.name.trim(),
        passwordHash: input.passwordHash,
        role: "juror",
        // The invitation link reached this address, so opening it proves it.
        emailVerifiedAt: now,
        createdAt: now,
      })
      .run();
    tx.update(jurorInvitations)
      .set({ acceptedAt: now, acceptedUserId: userId })
      .where(eq(jurorInvitations.id, invitation.id))
      .run();
    writeAudit(tx, {
      actorId: userId,
      action: "invitation.accepted",
      subjectType: "invitation",
      subjectId: invitation.id,
      at: now,
    });
    recordJurorTies(tx, userId, input.ties ?? [], now);
    return { userId };
  });
}
