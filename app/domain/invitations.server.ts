import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, asc, eq, gt, inArray, isNull } from "drizzle-orm";
import type { AppDatabase, Transaction } from "#db/client.ts";
import { jurorInvitations, users } from "#db/schema.ts";
import { writeAudit } from "./audit.server.ts";
import { recordJurorTies } from "./conflicts.server.ts";
import type { Tie } from "./conflicts.ts";
import { normaliseEmail } from "./email-addresses.ts";
import { DomainError, notFound } from "./errors.ts";
import {
  invitationHistory,
  invitationState,
  type InvitationEvent,
  type InvitationKind,
  type InvitationState,
} from "./invitation-history.ts";
import { INVITATION_LIST_FILTERS, type InvitationListFilter, type InvitationListSort } from "./list-sorts.ts";
import { pageOf, sortRows, type ListQuery } from "./paging.ts";
import { reserveAttempt } from "./throttle.server.ts";

export const INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * A new link for `email`, inside the caller's transaction: every other link for the address that is
 * not accepted and not yet replaced is marked replaced by this one first (the partial unique index
 * allows one live link per address), so exactly one link works and every older one says "replaced".
 */
function issueLink(
  tx: Transaction,
  chairId: string,
  email: string,
  kind: InvitationKind,
  now: Date,
): { token: string; invitationId: number; expiresAt: Date; replacedIds: number[] } {
  if (tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
    throw new DomainError("invalid", "jury.invite.alreadyUser", { field: "email" });
  }
  const replacedIds = tx
    .update(jurorInvitations)
    .set({ replacedAt: now })
    .where(
      and(eq(jurorInvitations.email, email), isNull(jurorInvitations.acceptedAt), isNull(jurorInvitations.replacedAt)),
    )
    .returning({ id: jurorInvitations.id })
    .all()
    .map(({ id }) => id);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  const { id } = tx
    .insert(jurorInvitations)
    .values({ email, kind, tokenHash: hashToken(token), invitedById: chairId, createdAt: now, expiresAt })
    .returning({ id: jurorInvitations.id })
    .get();
  if (replacedIds.length > 0) {
    tx.update(jurorInvitations).set({ replacedById: id }).where(inArray(jurorInvitations.id, replacedIds)).run();
  }
  return { token, invitationId: id, expiresAt, replacedIds };
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
    const { replacedIds, ...link } = issueLink(tx, chairId, normalised, "sent", now);
    writeAudit(tx, {
      actorId: chairId,
      action: "invitation.sent",
      subjectType: "invitation",
      subjectId: link.invitationId,
      details: { email: normalised, replaces: replacedIds },
      at: now,
    });
    return link;
  });
}

/**
 * A fresh link and a fresh 14 days for the address of `invitationId`, whichever of its links the
 * chair's page showed: every other link for the address stops working and says it was replaced.
 */
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
    const { token, invitationId: id, expiresAt, replacedIds } = issueLink(tx, chairId, invitation.email, "resent", now);
    writeAudit(tx, {
      actorId: chairId,
      action: "invitation.resent",
      subjectType: "invitation",
      subjectId: id,
      details: { email: invitation.email, replaces: replacedIds },
      at: now,
    });
    return { token, email: invitation.email, expiresAt };
  });
}

/** Revokes the address's live link (there is at most one), whichever of its links the page showed. */
export function revokeInvitation(db: AppDatabase, chairId: string, invitationId: number, now: Date): void {
  db.transaction((tx) => {
    const invitation = tx.select().from(jurorInvitations).where(eq(jurorInvitations.id, invitationId)).get();
    if (!invitation) throw notFound();
    if (invitation.acceptedAt) throw new DomainError("conflict", "jury.invite.alreadyAccepted");
    const revoked = tx
      .update(jurorInvitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(jurorInvitations.email, invitation.email),
          isNull(jurorInvitations.acceptedAt),
          isNull(jurorInvitations.revokedAt),
          isNull(jurorInvitations.replacedAt),
        ),
      )
      .returning({ id: jurorInvitations.id })
      .all();
    for (const { id } of revoked) {
      writeAudit(tx, {
        actorId: chairId,
        action: "invitation.revoked",
        subjectType: "invitation",
        subjectId: id,
        at: now,
      });
    }
  });
}

export type InvitationSummary = {
  /** The address's newest link: the one the buttons act on. */
  id: number;
  email: string;
  state: InvitationState;
  lastSentAt: Date;
  expiresAt: Date;
  history: InvitationEvent[];
};

export type InvitationListQuery = ListQuery<InvitationListSort> & { state?: InvitationListFilter };

// State order for sorting: what needs the chair's attention first.
const STATE_ORDER: Record<InvitationState, number> = { pending: 0, expired: 1, revoked: 2, replaced: 3, accepted: 4 };

const SORT_KEYS: Record<InvitationListSort, (row: InvitationSummary) => string | number> = {
  email: (row) => row.email,
  state: (row) => STATE_ORDER[row.state],
  lastSent: (row) => row.lastSentAt.getTime(),
};

/**
 * One page of addresses, each with the history of all its links, filtered by the newest link's
 * state and sorted as asked. A jury is tens of addresses, so the list is built in memory.
 */
/** The addresses with a live (unaccepted, unrevoked, unreplaced, unexpired) invitation link. */
export function pendingInvitationEmails(db: AppDatabase, now: Date): string[] {
  return db
    .select({ email: jurorInvitations.email })
    .from(jurorInvitations)
    .where(
      and(
        isNull(jurorInvitations.acceptedAt),
        isNull(jurorInvitations.revokedAt),
        isNull(jurorInvitations.replacedAt),
        gt(jurorInvitations.expiresAt, now),
      ),
    )
    .orderBy(asc(jurorInvitations.email))
    .all()
    .map((row) => row.email);
}

export function listInvitations(db: AppDatabase, query: InvitationListQuery, now: Date) {
  const byEmail = new Map<string, (typeof jurorInvitations.$inferSelect)[]>();
  for (const link of db.select().from(jurorInvitations).orderBy(asc(jurorInvitations.id)).all()) {
    const links = byEmail.get(link.email) ?? [];
    links.push(link);
    byEmail.set(link.email, links);
  }
  const all: InvitationSummary[] = [...byEmail.entries()].map(([email, links]) => {
    const newest = links.at(-1)!;
    return {
      id: newest.id,
      email,
      state: invitationState(newest, now),
      lastSentAt: newest.createdAt,
      expiresAt: newest.expiresAt,
      history: invitationHistory(links, now),
    };
  });
  const stateCounts = Object.fromEntries(
    INVITATION_LIST_FILTERS.map((state) => [state, all.filter((row) => row.state === state).length]),
  ) as Record<InvitationListFilter, number>;
  const shown = query.state ? all.filter((row) => row.state === query.state) : all;
  // Sorted by address first, so equal keys keep one fixed order and paging never repeats a row.
  const sorted = sortRows(sortRows(shown, SORT_KEYS.email, "asc"), SORT_KEYS[query.sort], query.dir);
  return { ...pageOf(sorted, query.page), all: all.length, stateCounts };
}

export type InvitationListPage = ReturnType<typeof listInvitations>;

/** What a token leads to: a pending invitation (with its e-mail), or why it cannot be used. */
export function findInvitation(
  db: AppDatabase,
  token: string,
  now: Date,
): { state: InvitationState | "unknown"; email: string | null } {
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
  | { state: Exclude<InvitationState, "pending"> | "unknown" };

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
