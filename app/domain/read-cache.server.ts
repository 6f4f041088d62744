import type Database from "better-sqlite3";
import type { AppDatabase } from "#db/client.ts";

// Some reads cost far more than a page's other work (the chair's lists add up every assignment of
// a competition; a published snapshot is over 500 kB of JSON to parse and hash) while their answer
// only changes when someone writes. Such a read is kept under a key until the database changes,
// so a page shown again costs a lookup.
//
// "Changed" is SQLite's own count, read in microseconds: `data_version` moves when another
// connection (a script, a test's factory, someone editing the file) commits, `total_changes()` with
// every row this connection writes. A read inside a transaction is never kept or served from here:
// it may see writes that are later rolled back.

/** What ends a kept value: any write, or only a write from another connection (for data this app never changes). */
type Invalidation = "anyWrite" | "otherConnection";

const VERSION_SQL: Record<Invalidation, string> = {
  anyWrite: "select data_version || ':' || total_changes() as version from pragma_data_version",
  otherConnection: "select data_version as version from pragma_data_version",
};

type Cache = { version: unknown; values: Map<string, unknown> };

const caches: Record<Invalidation, WeakMap<Database.Database, Cache>> = {
  anyWrite: new WeakMap(),
  otherConnection: new WeakMap(),
};
const versionStatements = new WeakMap<Database.Database, Partial<Record<Invalidation, Database.Statement>>>();

function databaseVersion(client: Database.Database, invalidation: Invalidation): unknown {
  const statements = versionStatements.get(client) ?? {};
  versionStatements.set(client, statements);
  const statement = (statements[invalidation] ??= client.prepare(VERSION_SQL[invalidation]));
  return (statement.get() as { version: unknown }).version;
}

/** `read()`'s result, kept under `key` (the least recently used let go beyond `maxEntries`) until `invalidation`. */
function kept<T>(db: AppDatabase, invalidation: Invalidation, key: string, maxEntries: number, read: () => T): T {
  const client = db.$client;
  if (client.inTransaction) return read();
  const version = databaseVersion(client, invalidation);
  let cache = caches[invalidation].get(client);
  if (!cache || cache.version !== version) {
    cache = { version, values: new Map() };
    caches[invalidation].set(client, cache);
  }
  const { values } = cache;
  if (values.has(key)) {
    const value = values.get(key) as T;
    // Most recently used last, so the oldest is the one let go.
    values.delete(key);
    values.set(key, value);
    return value;
  }
  const value = read();
  values.set(key, value);
  if (values.size > maxEntries) values.delete(values.keys().next().value!);
  return value;
}

/** Enough for every list page a few chairs look at between two writes. */
const LIST_ENTRIES = 500;

/**
 * `read()`'s result, computed again only when the database changed since it was kept under `key`.
 * The key must name everything the result depends on besides the data (competition, round, page…),
 * and never the clock. Callers share the value: they must not change it.
 */
export function readWhileUnchanged<T>(db: AppDatabase, key: string, read: () => T): T {
  return kept(db, "anyWrite", key, LIST_ENTRIES, read);
}

/**
 * For data this app never changes once written (a published snapshot, behind its trigger): kept
 * across the app's own writes, dropped when another connection commits, so a change made past the
 * trigger is still seen on the next request.
 */
export function readUntilAnotherConnectionWrites<T>(
  db: AppDatabase,
  key: string,
  maxEntries: number,
  read: () => T,
): T {
  return kept(db, "otherConnection", key, maxEntries, read);
}
