import { and, asc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import { assignments, cases, jurorConflicts, organisations, scoreSheets, users } from "#db/schema.ts";
import { writeAudit } from "./audit.server.ts";
import type { ConflictSource, TieKind } from "./conflict-kinds.ts";
import {
  conflictGround,
  memberDomains,
  namesCompany,
  type ConflictCompany,
  type ConflictGround,
  type ConflictJuror,
  type NamedConflict,
  type Tie,
} from "./conflicts.ts";
import { emailDomainOf } from "./email-addresses.ts";
import { DomainError, notFound } from "./errors.ts";
import type { Membership } from "./memberships.ts";

/** Members whose verified address ties a juror on its domain to the company; pending ones prove nothing yet. */
const COUNTING_MEMBERSHIPS: Membership[] = ["member", "admin"];

export type ConflictRules = { companies: Map<number, ConflictCompany>; conflicts: NamedConflict[] };

/**
 * Every company's conflict facts and every stored conflict. The tables are small (companies and
 * jurors of one award), so they are read whole and matched in memory by the pure rules.
 */
export function loadConflictRules(db: DbOrTransaction): ConflictRules {
  const verified = db
    .select({ organisationId: users.organisationId, email: users.email })
    .from(users)
    .where(
      and(
        inArray(users.membership, COUNTING_MEMBERSHIPS),
        isNotNull(users.emailVerifiedAt),
        isNull(users.deletedAt),
        isNotNull(users.organisationId),
      ),
    )
    .all();
  // Grouped once: a filter per company would cost companies × members.
  const emailsOf = new Map<number, string[]>();
  for (const row of verified) {
    const emails = emailsOf.get(row.organisationId!);
    if (emails) emails.push(row.email);
    else emailsOf.set(row.organisationId!, [row.email]);
  }
  const companies = db
    .select({ id: organisations.id, orgNumber: organisations.orgNumber, name: organisations.name })
    .from(organisations)
    .all()
    .map((company) => ({ ...company, memberDomains: memberDomains(emailsOf.get(company.id) ?? []) }));
  const conflicts = db
    .select({
      jurorId: jurorConflicts.jurorId,
      source: jurorConflicts.source,
      organisationId: jurorConflicts.organisationId,
      orgNumber: jurorConflicts.orgNumber,
      organisationName: jurorConflicts.organisationName,
    })
    .from(jurorConflicts)
    .all();
  return { companies: new Map(companies.map((company) => [company.id, company])), conflicts };
}

export function groundFor(rules: ConflictRules, juror: ConflictJuror, organisationId: number): ConflictGround | null {
  const company = rules.companies.get(organisationId);
  return company ? conflictGround(juror, company, rules.conflicts) : null;
}

/**
 * A conflict found after assignment: the juror's assignments to the company's cases leave their
 * list, unless a sheet of theirs is final; that one is part of the result and stays, and the chair
 * sees it flagged as conflicted. Each removal is audited like the chair's own.
 */
function dropConflictedAssignments(tx: DbOrTransaction, actorId: string, jurorId: string, now: Date): number {
  const juror = tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, jurorId)).get();
  if (!juror) return 0;
  const rules = loadConflictRules(tx);
  const own = tx
    .select({ id: assignments.id, caseId: assignments.caseId, organisationId: cases.organisationId })
    .from(assignments)
    .innerJoin(cases, eq(assignments.caseId, cases.id))
    .where(eq(assignments.jurorId, jurorId))
    .all()
    .filter((row) => groundFor(rules, juror, row.organisationId) !== null);
  if (own.length === 0) return 0;
  const withFinalSheet = new Set(
    tx
      .select({ assignmentId: scoreSheets.assignmentId })
      .from(scoreSheets)
      .where(
        and(
          inArray(
            scoreSheets.assignmentId,
            own.map((row) => row.id),
          ),
          eq(scoreSheets.status, "final"),
        ),
      )
      .all()
      .map((row) => row.assignmentId),
  );
  const removable = own.filter((row) => !withFinalSheet.has(row.id));
  for (const row of removable) {
    tx.delete(assignments).where(eq(assignments.id, row.id)).run();
    writeAudit(tx, {
      actorId,
      action: "assignment.removed",
      subjectType: "case",
      subjectId: row.caseId,
      details: { jurorId, reason: "conflict" },
      at: now,
    });
  }
  return removable.length;
}

function auditConflict(
  tx: DbOrTransaction,
  action: "juror-conflict.added" | "juror-conflict.removed",
  actorId: string,
  row: { id: number; jurorId: string; source: ConflictSource; kind: TieKind } & Omit<
    NamedConflict,
    "jurorId" | "source"
  >,
  reason: string,
  now: Date,
) {
  writeAudit(tx, {
    actorId,
    action,
    subjectType: "user",
    subjectId: row.jurorId,
    details: {
      conflictId: row.id,
      source: row.source,
      kind: row.kind,
      organisationId: row.organisationId,
      orgNumber: row.orgNumber,
      organisationName: row.organisationName,
      reason,
    },
    at: now,
  });
}

function requireJuror(tx: DbOrTransaction, jurorId: string) {
  const juror = tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, jurorId), eq(users.role, "juror"), isNull(users.deletedAt)))
    .get();
  if (!juror) throw new DomainError("invalid", "conflicts.chooseJuror", { field: "jurorId" });
}

export type ChairConflictInput = { jurorId: string; organisationId: number; kind: TieKind; reason: string };

/** The chair names a conflict between a juror and a company; returns how many assignments it took away. */
export function addChairConflict(
  db: AppDatabase,
  chairId: string,
  input: ChairConflictInput,
  now: Date,
): { removedAssignments: number } {
  return db.transaction((tx) => {
    requireJuror(tx, input.jurorId);
    const company = tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, input.organisationId))
      .get();
    if (!company) throw new DomainError("invalid", "conflicts.chooseCompany", { field: "organisationId" });
    const duplicate = tx
      .select({ id: jurorConflicts.id })
      .from(jurorConflicts)
      .where(
        and(
          eq(jurorConflicts.jurorId, input.jurorId),
          eq(jurorConflicts.organisationId, input.organisationId),
          eq(jurorConflicts.source, "chair"),
        ),
      )
      .get();
    if (duplicate) throw new DomainError("invalid", "conflicts.duplicate", { field: "organisationId" });
    const reason = input.reason.trim();
    const row = tx
      .insert(jurorConflicts)
      .values({
        jurorId: input.jurorId,
        source: "chair",
        kind: input.kind,
        organisationId: input.organisationId,
        reason,
        createdById: chairId,
        createdAt: now,
      })
      .returning()
      .get();
    auditConflict(tx, "juror-conflict.added", chairId, row, reason, now);
    return { removedAssignments: dropConflictedAssignments(tx, chairId, input.jurorId, now) };
  });
}

/** The chair lifts one of their own conflicts, saying why; a juror's declared tie is theirs to remove. */
export function removeChairConflict(
  db: AppDatabase,
  chairId: string,
  conflictId: number,
  reason: string,
  now: Date,
): void {
  db.transaction((tx) => {
    const row = tx
      .select()
      .from(jurorConflicts)
      .where(and(eq(jurorConflicts.id, conflictId), eq(jurorConflicts.source, "chair")))
      .get();
    if (!row) throw notFound();
    tx.delete(jurorConflicts).where(eq(jurorConflicts.id, conflictId)).run();
    auditConflict(tx, "juror-conflict.removed", chairId, row, reason.trim(), now);
  });
}

/**
 * A juror's ties (employer, board seats, clients) become conflicts with every company whose number
 * or name they give. Ties already on the juror's list are not added twice. Used at acceptance,
 * inside its transaction, and from the juror's own page.
 */
export function recordJurorTies(tx: DbOrTransaction, jurorId: string, ties: readonly Tie[], now: Date): number {
  const existing = tx
    .select()
    .from(jurorConflicts)
    .where(and(eq(jurorConflicts.jurorId, jurorId), eq(jurorConflicts.source, "juror")))
    .all();
  const isKnown = (tie: Tie) =>
    existing.some(
      (row) =>
        row.kind === tie.kind &&
        row.orgNumber === tie.orgNumber &&
        (row.organisationName ?? "").toLowerCase() === (tie.organisationName ?? "").toLowerCase(),
    );
  let added = 0;
  for (const tie of ties) {
    if (isKnown(tie)) continue;
    const row = tx
      .insert(jurorConflicts)
      .values({ jurorId, source: "juror", ...tie, createdById: jurorId, createdAt: now })
      .returning()
      .get();
    auditConflict(tx, "juror-conflict.added", jurorId, row, "", now);
    added += 1;
  }
  if (added > 0) dropConflictedAssignments(tx, jurorId, jurorId, now);
  return added;
}

/** From the juror's own page, where saving an empty form is a mistake worth saying. */
export function addJurorTies(db: AppDatabase, jurorId: string, ties: readonly Tie[], now: Date): number {
  if (ties.length === 0) throw new DomainError("invalid", "ties.nothing", { field: "employers" });
  return db.transaction((tx) => recordJurorTies(tx, jurorId, ties, now));
}

/** A juror takes back a tie of their own (a typo, an ended board seat); the audit log keeps it. */
export function removeJurorTie(db: AppDatabase, jurorId: string, tieId: number, now: Date): void {
  db.transaction((tx) => {
    const row = tx
      .select()
      .from(jurorConflicts)
      .where(and(eq(jurorConflicts.id, tieId), eq(jurorConflicts.jurorId, jurorId), eq(jurorConflicts.source, "juror")))
      .get();
    if (!row) throw notFound();
    tx.delete(jurorConflicts).where(eq(jurorConflicts.id, tieId)).run();
    auditConflict(tx, "juror-conflict.removed", jurorId, row, "", now);
  });
}

/** A juror's own ties as they typed them; which registered companies they match is not shown to them. */
export function listJurorTies(db: AppDatabase, jurorId: string) {
  return db
    .select({
      id: jurorConflicts.id,
      kind: jurorConflicts.kind,
      orgNumber: jurorConflicts.orgNumber,
      organisationName: jurorConflicts.organisationName,
      createdAt: jurorConflicts.createdAt,
    })
    .from(jurorConflicts)
    .where(and(eq(jurorConflicts.jurorId, jurorId), eq(jurorConflicts.source, "juror")))
    .orderBy(asc(jurorConflicts.id))
    .all();
}

export type ConflictListRow = {
  /** Null for a conflict through a colleague's address: it is computed, not stored, and cannot be removed. */
  id: number | null;
  jurorId: string;
  jurorName: string;
  ground: ConflictGround;
  kind: TieKind | null;
  /** What the conflict names: a company's name, or the number or name the juror typed. */
  named: { orgNumber: string | null; organisationName: string | null };
  /** The registered companies it keeps the juror from. */
  companies: { id: number; name: string }[];
  reason: string;
  createdBy: string | null;
  createdAt: Date | null;
};

/** Every conflict the rules know, for the chair: stored ones and those through members' addresses. */
export function listConflicts(
  db: AppDatabase,
  filter: { jurorId?: string | undefined; organisationId?: number | undefined },
): ConflictListRow[] {
  const rules = loadConflictRules(db);
  const jurors = db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.role, "juror"))
    .all();
  const names = new Map(
    db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(inArray(users.role, ["juror", "chair"]))
      .all()
      .map((user) => [user.id, user.name]),
  );
  const companies = [...rules.companies.values()];
  const stored = db.select().from(jurorConflicts).all();
  const rows: ConflictListRow[] = stored.map((row) => ({
    id: row.id,
    jurorId: row.jurorId,
    jurorName: names.get(row.jurorId) ?? "",
    ground: row.source,
    kind: row.kind,
    named: {
      orgNumber: row.orgNumber,
      organisationName: row.organisationName ?? rules.companies.get(row.organisationId ?? -1)?.name ?? null,
    },
    companies: companies.filter((company) => namesCompany(row, company)).map(({ id, name }) => ({ id, name })),
    reason: row.reason,
    createdBy: row.createdById ? (names.get(row.createdById) ?? null) : null,
    createdAt: row.createdAt,
  }));
  for (const juror of jurors) {
    const domain = emailDomainOf(juror.email);
    for (const company of companies) {
      if (conflictGround(juror, company, []) !== "address") continue;
      rows.push({
        id: null,
        jurorId: juror.id,
        jurorName: juror.name,
        ground: "address",
        kind: null,
        named: { orgNumber: company.orgNumber, organisationName: company.name },
        companies: [{ id: company.id, name: company.name }],
        reason: domain,
        createdBy: null,
        createdAt: null,
      });
    }
  }
  return rows
    .filter((row) => filter.jurorId === undefined || row.jurorId === filter.jurorId)
    .filter(
      (row) =>
        filter.organisationId === undefined || row.companies.some((company) => company.id === filter.organisationId),
    )
    .sort(
      (a, b) =>
        a.jurorName.localeCompare(b.jurorName, "nb") ||
        (a.named.organisationName ?? a.named.orgNumber ?? "").localeCompare(
          b.named.organisationName ?? b.named.orgNumber ?? "",
          "nb",
        ),
    );
}

/** The chair's choices on the conflict page: every juror and every registered company. */
export function conflictChoices(db: AppDatabase) {
  return {
    jurors: db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(and(eq(users.role, "juror"), isNull(users.deletedAt)))
      .orderBy(asc(users.name))
      .all(),
    companies: db
      .select({ id: organisations.id, name: organisations.name, orgNumber: organisations.orgNumber })
      .from(organisations)
      .orderBy(asc(organisations.name))
      .all(),
  };
}
