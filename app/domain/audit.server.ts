import { auditLog } from "#db/schema.ts";
import type { DbOrTransaction } from "#db/client.ts";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | number;
  details?: Record<string, unknown>;
  at: Date;
};

/** Called inside the same transaction as the change it records, so neither exists without the other. */
export function writeAudit(tx: DbOrTransaction, entry: AuditEntry): void {
  tx.insert(auditLog)
    .values({ ...entry, subjectId: String(entry.subjectId) })
    .run();
}
