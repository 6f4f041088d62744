import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { sealUnchainedRecords } from "../app/domain/audit-chain.server.ts";
import * as schema from "./schema.ts";

export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export type Transaction = Parameters<Parameters<AppDatabase["transaction"]>[0]>[0];
/** Read helpers take either, so the same check can run alone or inside a command's transaction. */
export type DbOrTransaction = AppDatabase | Transaction;

const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), "migrations");

/**
 * Opens the SQLite file with the pragmas the whole app relies on and applies pending migrations,
 * so a fresh clone needs no separate migrate step.
 */
export function openDatabase(path: string): AppDatabase {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const db = drizzle(sqlite, { schema });
  // A migration that rebuilds a table (SQLite's way to change a column) drops the old one; with
  // foreign keys on, that drop would cascade into every row pointing at it. So migrations run with
  // them off, as SQLite's documentation prescribes, and the result is checked before they go back on.
  sqlite.pragma("foreign_keys = OFF");
  migrate(db, { migrationsFolder });
  const violations = sqlite.pragma("foreign_key_check") as unknown[];
  if (violations.length > 0) throw new Error(`Migrations left ${violations.length} broken references`);
  sqlite.pragma("foreign_keys = ON");
  sealUnchainedRecords(db);
  return db;
}
