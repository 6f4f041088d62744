import { auditLog } from "#db/schema.ts";
import type { DbOrTransaction } from "#db/client.ts";
import { auditEntryHash } from "./audit-chain.ts";
import { chainHead } from "./audit-chain.server.ts";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | number;
  details?: Record<string, unknown>;
  at: Date;
};

/**
 * Called inside the same transaction as the change it records, so neither exists without the other.
 * The entry is chained to the newest one read in that same transaction: better-sqlite3 runs one
 * transaction at a time on its connection and SQLite lets one writer at a time hold the file, so no
 * other entry can be written between reading the head and appending after it.
 */
export function writeAudit(tx: DbOrTransaction, entry: AuditEntry): void {
  const head = chainHead(tx);
  const fields = {
    id: head.nextId,
    actorId: entry.actorId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: String(entry.subjectId),
    // Stored as JSON, so hashed as what reading it back gives (undefined members dropped).
    details:
      entry.details === undefined ? null : (JSON.parse(JSON.stringify(entry.details)) as Record<string, unknown>),
    at: entry.at,
    prevHash: head.hash,
  };
  tx.insert(auditLog)
    .values({ ...fields, hash: auditEntryHash(fields) })
    .run();
}
