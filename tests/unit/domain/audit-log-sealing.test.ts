import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { auditChainStatus } from "#app/domain/audit-chain.server.ts";
import { writeAudit } from "#app/domain/audit.server.ts";
import { openDatabase } from "#db/client.ts";

const folders: string[] = [];
function freshPath(): string {
  const folder = mkdtempSync(join(tmpdir(), "audit-seal-"));
  folders.push(folder);
  return join(folder, "awards.db");
}
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function writeEntries(path: string, count: number) {
  const db = openDatabase(path);
  for (let index = 0; index < count; index += 1) {
    db.transaction((tx) =>
      writeAudit(tx, {
        actorId: null,
        action: "test.entry",
        subjectType: "case",
        subjectId: index,
        details: { index, skipped: undefined },
        at: new Date(1_700_000_000_000 + index),
      }),
    );
  }
  return db;
}

describe("the audit log in SQLite", () => {
  it("refuses changes and removals of a written entry", () => {
    const db = writeEntries(freshPath(), 2);
    expect(() => db.$client.prepare("UPDATE audit_log SET action = 'forged' WHERE id = 1").run()).toThrow(
      /append-only/,
    );
    expect(() => db.$client.prepare("DELETE FROM audit_log WHERE id = 2").run()).toThrow(/append-only/);
    expect(auditChainStatus(db)).toMatchObject({ intact: true, count: 2 });
  });

  it("entries from before the chain are sealed in order when the database is next opened", () => {
    const path = freshPath();
    const db = writeEntries(path, 3);
    // What migration 0010 leaves: the copied rows without hashes.
    db.$client.exec("DROP TRIGGER audit_log_append_only_update; UPDATE audit_log SET hash = NULL, prev_hash = NULL");
    expect(auditChainStatus(db)).toMatchObject({ intact: false, break: { id: 1, kind: "unsealed" } });
    db.$client.close();
    const reopened = writeEntries(path, 1);
    expect(auditChainStatus(reopened)).toMatchObject({ intact: true, count: 4 });
  });

  it("an entry whose hash went missing in the middle is not quietly sealed again", () => {
    const path = freshPath();
    const db = writeEntries(path, 3);
    db.$client.exec("DROP TRIGGER audit_log_append_only_update; UPDATE audit_log SET hash = NULL WHERE id = 2");
    db.$client.close();
    expect(auditChainStatus(openDatabase(path))).toMatchObject({ break: { id: 2, kind: "unsealed" } });
  });

  it("a removed newest entry leaves a gap that the next entry does not hide", () => {
    const path = freshPath();
    const db = writeEntries(path, 3);
    db.$client.exec("DROP TRIGGER audit_log_append_only_delete; DELETE FROM audit_log WHERE id = 3");
    expect(auditChainStatus(db)).toMatchObject({ break: { kind: "entry-missing", missingFrom: 3, missingTo: 3 } });
    db.$client.close();
    expect(auditChainStatus(writeEntries(path, 1))).toMatchObject({
      break: { id: 4, kind: "entry-missing", missingFrom: 3, missingTo: 3 },
    });
  });
});
