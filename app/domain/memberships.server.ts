import { randomUUID } from "node:crypto";
import { and, asc, count, eq, isNotNull, isNull, like, ne, or, sql, type SQL } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import { emailVerificationTokens, organisations, passwordResetTokens, sessions, users } from "#db/schema.ts";
import { normaliseEmail } from "./email-addresses.ts";
import { writeAudit } from "./audit.server.ts";
import { DomainError, forbidden, notFound } from "./errors.ts";
import type { Locale } from "./locales.ts";
import { keepsAnAdmin, type MemberDecision, type Membership } from "./memberships.ts";
import type { Actor } from "./permissions.ts";
import type { Recipient } from "./verification.server.ts";

export type AccountStanding = { verified: boolean; membership: Membership | null };

/** What the guards need beyond the session: whether the address is proven and the company standing. */
export function findAccountStanding(db: DbOrTransaction, userId: string): AccountStanding | null {
  const row = db
    .select({ emailVerifiedAt: users.emailVerifiedAt, membership: users.membership, deletedAt: users.deletedAt })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!row || row.deletedAt) return null;
  return { verified: row.emailVerifiedAt !== null, membership: row.membership };
}

/**
 * A refused or removed member's account closes: it leaves the company for good, its sessions and
 * links end, and its address is free again (to register for another company, or ask once more).
 * The row stays, anonymised, for what the member wrote while they belonged.
 */
function closeAccount(tx: DbOrTransaction, userId: string, now: Date): void {
  tx.update(users)
    .set({
      email: `closed-${userId}@closed.invalid`,
      name: "",
      passwordHash: "!",
      membership: null,
      emailVerifiedAt: null,
      deletedAt: now,
    })
    .where(eq(users.id, userId))
    .run();
  tx.delete(sessions).where(eq(sessions.userId, userId)).run();
  tx.delete(emailVerificationTokens).where(eq(emailVerificationTokens.userId, userId)).run();
  tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId)).run();
}

const activeIn = (organisationId: number) =>
  and(eq(users.organisationId, organisationId), eq(users.role, "entrant"), isNull(users.deletedAt));

function countAdmins(tx: DbOrTransaction, organisationId: number): number {
  return (
    tx
      .select({ total: count() })
      .from(users)
      .where(and(activeIn(organisationId), eq(users.membership, "admin"), isNotNull(users.emailVerifiedAt)))
      .get()?.total ?? 0
  );
}

/** The chair decides for every company; an entrant only as an administrator of their own. */
function requireDecider(tx: DbOrTransaction, actor: Actor, organisationId: number): void {
  if (actor.role === "chair") return;
  if (actor.role !== "entrant" || actor.organisationId !== organisationId) throw notFound();
  const standing = findAccountStanding(tx, actor.id);
  if (standing?.membership !== "admin") throw forbidden();
}

function requireOrganisation(tx: DbOrTransaction, organisationId: number) {
  const organisation = tx.select().from(organisations).where(eq(organisations.id, organisationId)).get();
  if (!organisation) throw notFound();
  return organisation;
}

export type MemberRow = {
  id: string;
  name: string;
  email: string;
  membership: Membership | null;
  verified: boolean;
  createdAt: Date;
};

/**
 * A company's people, pending requests first. Approved members see the list; the chair also sees
 * registrants who never proved their address (they hold nothing, but matter in a dispute).
 */
export function listMembers(db: AppDatabase, actor: Actor, organisationId: number) {
  if (actor.role !== "chair" && (actor.role !== "entrant" || actor.organisationId !== organisationId)) {
    throw notFound();
  }
  const organisation = requireOrganisation(db, organisationId);
  const members: MemberRow[] = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      membership: users.membership,
      verified: sql<boolean>`${users.emailVerifiedAt} IS NOT NULL`.mapWith(Boolean),
      createdAt: users.createdAt,
    })
    .from(users)
    .where(and(activeIn(organisationId), actor.role === "chair" ? undefined : isNotNull(users.emailVerifiedAt)))
    .orderBy(sql`CASE ${users.membership} WHEN 'pending' THEN 0 WHEN 'admin' THEN 1 ELSE 2 END`, asc(users.createdAt))
    .all();
  return { organisation: { id: organisation.id, name: organisation.name, orgNumber: organisation.orgNumber }, members };
}

export type DecisionOutcome = {
  organisationName: string;
  /** The member approved, to be told by mail. */
  approved: Recipient | null;
  /** The account that closed (refused, removed or left); its sessions are already gone. */
  closedUserId: string | null;
};

/**
 * One decision about one member, audited. The last administrator can neither leave nor be removed
 * or step down: a company always keeps someone who can let colleagues in. An entrant administrator
 * steps down only for themself; the chair may demote anyone but the last.
 */
export function decideMembership(
  db: AppDatabase,
  actor: Actor,
  input: { organisationId: number; userId: string; decision: MemberDecision },
  now: Date,
): DecisionOutcome {
  return db.transaction(
    (tx): DecisionOutcome => {
      // Any member may leave; every other decision is an administrator's or the chair's.
      const leaving =
        input.decision === "remove" &&
        actor.role === "entrant" &&
        actor.id === input.userId &&
        actor.organisationId === input.organisationId;
      if (!leaving) requireDecider(tx, actor, input.organisationId);
      const organisation = requireOrganisation(tx, input.organisationId);
      const target = tx
        .select()
        .from(users)
        .where(and(eq(users.id, input.userId), activeIn(input.organisationId)))
        .get();
      if (!target) throw notFound();
      const isLastAdmin = target.membership === "admin" && !keepsAnAdmin(countAdmins(tx, input.organisationId), 1);
      const outcome: DecisionOutcome = { organisationName: organisation.name, approved: null, closedUserId: null };
      switch (input.decision) {
        case "approve":
          if (target.membership !== "pending" || !target.emailVerifiedAt) {
            throw new DomainError("conflict", "members.notPending");
          }
          tx.update(users).set({ membership: "member" }).where(eq(users.id, target.id)).run();
          outcome.approved = { email: target.email, name: target.name, locale: target.locale };
          break;
        case "refuse":
          if (target.membership !== "pending") throw new DomainError("conflict", "members.notPending");
          closeAccount(tx, target.id, now);
          outcome.closedUserId = target.id;
          break;
        case "remove":
          if (target.membership === "pending") throw new DomainError("conflict", "members.refuseInstead");
          if (isLastAdmin) throw new DomainError("conflict", "members.lastAdmin");
          closeAccount(tx, target.id, now);
          outcome.closedUserId = target.id;
          break;
        case "make-admin":
          if (target.membership !== "member") throw new DomainError("conflict", "members.notMember");
          tx.update(users).set({ membership: "admin" }).where(eq(users.id, target.id)).run();
          break;
        case "step-down":
          if (target.membership !== "admin") throw new DomainError("conflict", "members.notAdmin");
          if (actor.role !== "chair" && target.id !== actor.id) throw forbidden();
          if (isLastAdmin) throw new DomainError("conflict", "members.lastAdmin");
          tx.update(users).set({ membership: "member" }).where(eq(users.id, target.id)).run();
          break;
      }
      writeAudit(tx, {
        actorId: actor.id,
        action: `membership.${input.decision}`,
        subjectType: "organisation",
        subjectId: input.organisationId,
        details: { userId: target.id, previous: target.membership },
        at: now,
      });
      return outcome;
    },
    { behavior: "immediate" },
  );
}

export type OrganisationOverview = {
  id: number;
  name: string;
  orgNumber: string;
  createdAt: Date;
  admins: number;
  members: number;
  pending: number;
  unverified: number;
};

export const ORGANISATION_SORTS = ["pending", "name", "orgNumber", "members", "created"] as const;
export type OrganisationSort = (typeof ORGANISATION_SORTS)[number];

const BY: Record<OrganisationSort, (a: OrganisationOverview, b: OrganisationOverview) => number> = {
  // Requests waiting first: they are what the chair may need to act on.
  pending: (a, b) => b.pending - a.pending,
  name: (a, b) => a.name.localeCompare(b.name, "nb"),
  orgNumber: (a, b) => a.orgNumber.localeCompare(b.orgNumber),
  members: (a, b) => b.admins + b.members - (a.admins + a.members),
  created: (a, b) => b.createdAt.getTime() - a.createdAt.getTime(),
};

/** Every organisation with its people counted, for the chair, filtered by name or number. */
export function listOrganisationsForChair(
  db: AppDatabase,
  actor: Actor,
  options: { query: string; sort: OrganisationSort },
): OrganisationOverview[] {
  if (actor.role !== "chair") throw forbidden();
  const live = sql`${users.deletedAt} IS NULL`;
  const counted = (condition: SQL) => sql<number>`coalesce(sum(CASE WHEN ${condition} THEN 1 ELSE 0 END), 0)`;
  const verifiedAs = (membership: Membership) =>
    counted(sql`${live} AND ${users.emailVerifiedAt} IS NOT NULL AND ${users.membership} = ${membership}`);
  const query = options.query.trim().toLowerCase();
  const rows = db
    .select({
      id: organisations.id,
      name: organisations.name,
      orgNumber: organisations.orgNumber,
      createdAt: organisations.createdAt,
      admins: verifiedAs("admin"),
      members: verifiedAs("member"),
      pending: verifiedAs("pending"),
      unverified: counted(sql`${live} AND ${users.emailVerifiedAt} IS NULL`),
    })
    .from(organisations)
    .leftJoin(users, and(eq(users.organisationId, organisations.id), eq(users.role, "entrant")))
    .where(
      query
        ? or(
            like(sql`lower(${organisations.name})`, `%${query}%`),
            like(organisations.orgNumber, `%${query.replace(/\s+/g, "")}%`),
          )
        : undefined,
    )
    .groupBy(organisations.id)
    .all();
  return rows.sort((a, b) => BY[options.sort](a, b) || BY.name(a, b));
}

export type HandOverInput = {
  organisationId: number;
  /** An existing account of the company, or a new address the chair vouches for. */
  to: { userId: string } | { email: string; name: string; locale: Locale };
  /** What happens to the administrators the company had. */
  previousAdmins: "demote" | "remove";
  reason: string;
};

/**
 * The disputed-company case: the chair gives the company to its rightful administrator and demotes
 * or removes whoever held it, with a reason in the audit log. A new address gets an account that
 * is an administrator as soon as its owner proves the address (a password link is mailed to it).
 */
export function handOverOrganisation(
  db: AppDatabase,
  actor: Actor,
  input: HandOverInput,
  now: Date,
): { userId: string; organisationName: string; newAccount: Recipient | null; closedUserIds: string[] } {
  if (actor.role !== "chair") throw forbidden();
  return db.transaction(
    (tx) => {
      const organisation = requireOrganisation(tx, input.organisationId);
      let userId: string;
      let newAccount: Recipient | null = null;
      if ("userId" in input.to) {
        const target = tx
          .select({ id: users.id })
          .from(users)
          .where(and(eq(users.id, input.to.userId), activeIn(organisation.id)))
          .get();
        if (!target) throw new DomainError("invalid", "handOver.unknownMember", { field: "userId" });
        userId = target.id;
        tx.update(users).set({ membership: "admin" }).where(eq(users.id, userId)).run();
      } else {
        const email = normaliseEmail(input.to.email);
        if (tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
          throw new DomainError("invalid", "account.email.taken", { field: "email" });
        }
        userId = randomUUID();
        tx.insert(users)
          .values({
            id: userId,
            email,
            name: input.to.name.trim(),
            // No password yet: the owner chooses one through the mailed link.
            passwordHash: "!",
            role: "entrant",
            organisationId: organisation.id,
            membership: "admin",
            locale: input.to.locale,
            createdAt: now,
          })
          .run();
        newAccount = { email, name: input.to.name.trim(), locale: input.to.locale };
      }
      const previous = tx
        .select({ id: users.id })
        .from(users)
        .where(and(activeIn(organisation.id), eq(users.membership, "admin"), ne(users.id, userId)))
        .all()
        .map((row) => row.id);
      for (const id of previous) {
        if (input.previousAdmins === "remove") closeAccount(tx, id, now);
        else tx.update(users).set({ membership: "member" }).where(eq(users.id, id)).run();
      }
      writeAudit(tx, {
        actorId: actor.id,
        action: "organisation.handed-over",
        subjectType: "organisation",
        subjectId: organisation.id,
        details: {
          to: userId,
          newAccount: newAccount !== null,
          previousAdmins: previous,
          handling: input.previousAdmins,
          reason: input.reason,
        },
        at: now,
      });
      const closedUserIds = input.previousAdmins === "remove" ? previous : [];
      return { userId, organisationName: organisation.name, newAccount, closedUserIds };
    },
    { behavior: "immediate" },
  );
}

/** The company a pending member asked to join: its name and number only, for the waiting page. */
export function findRequestedOrganisation(db: AppDatabase, userId: string) {
  return (
    db
      .select({ name: organisations.name, orgNumber: organisations.orgNumber })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(and(eq(users.id, userId), eq(users.membership, "pending")))
      .get() ?? null
  );
}
