import type Database from "better-sqlite3";
import type { AppDatabase } from "#db/client.ts";

// Some of the chair's pages add up every assignment of a competition (10,000 rows and more at a
// real award's size): tens of milliseconds each time, for numbers that only change when someone
// writes. So such a read is kept, under a key, until the database changes, and a page shown
// again (a refresh, another page of the same list, many chairs at once) costs a lookup.
//
// "Changed" is SQLite's own count, read in microseconds: `total_changes()` moves with every row
// this connection inserts, updates or deletes, `data_version` when another connection (a script,
// a test's factory) commits. A read inside a transaction is never kept or served from here: it
// may see writes that are later rolled back.

type Cache = { version: string; values: Map<string, unknown> };

const caches = new WeakMap<Database.Database, Cache>();
const versionStatements = new WeakMap<Database.Database, Database.Statement>();

/** Enough for every list page a few chairs look at between two writes; beyond it, start afresh. */
const MAX_ENTRIES = 500;

function databaseVersion(client: Database.Database): string {
  let statement = versionStatements.get(client);
  if (!statement) {
    statement = client.prepare("select data_version as data, total_changes() as changes from pragma_data_version");
    versionStatements.set(client, statement);
  }
  const { data, changes } = statement.get() as { data: number; changes: number };
  return `${data}:${changes}`;
}

/**
 * `read()`'s result, computed again only when the database changed since it was kept under `key`.
 * The key must name everything the result depends on besides the data (competition, round, page…),
 * and never the clock. Callers share the value: they must not change it.
 */
export function readWhileUnchanged<T>(db: AppDatabase, key: string, read: () => T): T {
  const client = db.$client;
  if (client.inTransaction) return read();
  const version = databaseVersion(client);
  let cache = caches.get(client);
  if (!cache || cache.version !== version) {
    cache = { version, values: new Map() };
    caches.set(client, cache);
  }
  if (cache.values.has(key)) return cache.values.get(key) as T;
  const value = read();
  if (cache.values.size >= MAX_ENTRIES) cache.values.clear();
  cache.values.set(key, value);
  return value;
}
