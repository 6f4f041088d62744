import { createHash } from "node:crypto";
import Database from "better-sqlite3";

/**
 * Watches a running server's database from the test process: `changedTables()` names every table
 * whose rows differ from the last look. SQLite's data_version says cheaply whether any other
 * connection committed at all, so the rows are hashed only after a write.
 */
export class DatabaseWatch {
  private readonly db: Database.Database;
  private version: number;
  private hashes: Map<string, string>;

  constructor(databasePath: string) {
    this.db = new Database(databasePath, { readonly: true });
    this.version = this.dataVersion();
    this.hashes = this.hashTables();
  }

  /** The tables changed since the previous call (or since the watch began). */
  changedTables(): string[] {
    const version = this.dataVersion();
    if (version === this.version) return [];
    this.version = version;
    const next = this.hashTables();
    const changed = [...next].filter(([table, hash]) => this.hashes.get(table) !== hash).map(([table]) => table);
    this.hashes = next;
    return changed;
  }

  close(): void {
    this.db.close();
  }

  private dataVersion(): number {
    return this.db.pragma("data_version", { simple: true }) as number;
  }

  private hashTables(): Map<string, string> {
    const tables = this.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    return new Map(
      tables.map((table) => {
        const hash = createHash("sha1");
        for (const row of this.db.prepare(`SELECT * FROM "${table}"`).raw().iterate()) hash.update(JSON.stringify(row));
        return [table, hash.digest("hex")];
      }),
    );
  }
}
