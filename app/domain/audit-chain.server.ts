import { and, asc, count, desc, eq, gt, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import { auditLog, publications, users } from "#db/schema.ts";
import { AUDIT_GENESIS_HASH, auditEntryHash, contentHash, verifyAuditChain, type ChainReport } from "./audit-chain.ts";

/** The highest audit id SQLite ever issued, even if that entry was removed since. */
function lastIssuedAuditId(db: DbOrTransaction): number {
  const row = db.get<{ seq: number } | undefined>(sql`SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'`);
  return row?.seq ?? 0;
}

/**
 * Hashes, in id order, the entries written before the chain existed (the ones migration 0010
 * copied) and the snapshots published before their hash was kept. SQLite has no SHA-256 in SQL and
 * migrations are plain SQL, so openDatabase runs this once right after migrating, in one
 * transaction; afterwards there is nothing left to seal and it costs two indexed reads. Only the
 * unsealed tail of the log is sealed: an entry whose hash went missing in the middle stays
 * reported as broken rather than being quietly re-sealed.
 */
export function sealUnchainedRecords(db: AppDatabase): void {
  db.transaction((tx) => {
    sealAuditTail(tx);
    const unsealed = tx
      .select({ id: publications.id, snapshot: publications.snapshot })
      .from(publications)
      .where(and(isNotNull(publications.publishedAt), isNull(publications.snapshotHash)))
      .all();
    for (const publication of unsealed) {
      tx.update(publications)
        .set({ snapshotHash: contentHash(publication.snapshot) })
        .where(eq(publications.id, publication.id))
        .run();
    }
  });
}

function sealAuditTail(tx: DbOrTransaction): void {
  const lastSealed = tx
    .select({ id: auditLog.id, hash: auditLog.hash })
    .from(auditLog)
    .where(isNotNull(auditLog.hash))
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  const tail = tx
    .select()
    .from(auditLog)
    .where(and(isNull(auditLog.hash), gt(auditLog.id, lastSealed?.id ?? 0)))
    .orderBy(asc(auditLog.id))
    .all();
  let prevHash = lastSealed?.hash ?? AUDIT_GENESIS_HASH;
  for (const entry of tail) {
    const hash = auditEntryHash({ ...entry, prevHash });
    tx.update(auditLog).set({ prevHash, hash }).where(eq(auditLog.id, entry.id)).run();
    prevHash = hash;
  }
}

/**
 * Where the next entry goes: the id after the highest ever issued (so a removed newest entry
 * leaves a gap the check sees) and the hash of the newest entry, or the genesis value.
 */
export function chainHead(tx: DbOrTransaction): { nextId: number; hash: string } {
  let newest = tx.select({ id: auditLog.id, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).get();
  if (newest && newest.hash === null) {
    // Only a process that opened the file without openDatabase could leave this; seal before appending.
    sealAuditTail(tx);
    newest = tx.select({ id: auditLog.id, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).get();
  }
  return {
    nextId: Math.max(lastIssuedAuditId(tx), newest?.id ?? 0) + 1,
    hash: newest?.hash ?? AUDIT_GENESIS_HASH,
  };
}

/** Checks the whole chain; a few milliseconds per thousand entries. */
export function auditChainStatus(db: DbOrTransaction): ChainReport {
  const entries = db.select().from(auditLog).orderBy(asc(auditLog.id)).all();
  return verifyAuditChain(entries, lastIssuedAuditId(db));
}

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = { caseId?: number; userId?: string; action?: string };

/** Entries about a case, by or about a user, of one action; newest first, one page at a time. */
export function listAuditEntries(db: AppDatabase, filter: AuditFilter, page: number) {
  const conditions: SQL[] = [];
  if (filter.caseId !== undefined)
    conditions.push(and(eq(auditLog.subjectType, "case"), eq(auditLog.subjectId, String(filter.caseId)))!);
  if (filter.userId !== undefined)
    conditions.push(
      or(
        eq(auditLog.actorId, filter.userId),
        and(eq(auditLog.subjectType, "user"), eq(auditLog.subjectId, filter.userId)),
      )!,
    );
  if (filter.action !== undefined) conditions.push(eq(auditLog.action, filter.action));
  const where = conditions.length ? and(...conditions) : undefined;
  const total = db.select({ total: count() }).from(auditLog).where(where).get()?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actorId: auditLog.actorId,
      actorName: users.name,
      subjectType: auditLog.subjectType,
      subjectId: auditLog.subjectId,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(users, eq(auditLog.actorId, users.id))
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((current - 1) * AUDIT_PAGE_SIZE)
    .all();
  return { rows, total, page: current, pageCount };
}

/** The choices for the filters: every action recorded, and every account that acted or was acted on. */
export function auditFilterChoices(db: AppDatabase) {
  const actions = db
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .orderBy(asc(auditLog.action))
    .all()
    .map((row) => row.action);
  const people = db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .innerJoin(
      auditLog,
      or(eq(auditLog.actorId, users.id), and(eq(auditLog.subjectType, "user"), eq(auditLog.subjectId, users.id))),
    )
    .groupBy(users.id)
    .orderBy(asc(users.name))
    .all()
    .map(({ id, name, email }) => ({ id, name, email }));
  return { actions, people };
}

/** The chair's audit page in one read: the chain's state, the filter choices and one page of entries. */
export function auditLogPage(db: AppDatabase, filter: AuditFilter, page: number) {
  return { chain: auditChainStatus(db), choices: auditFilterChoices(db), ...listAuditEntries(db, filter, page) };
}
