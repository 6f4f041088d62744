import type { AppDatabase } from "./client.ts";

/**
 * A query built once per database and then only bound and run. Drizzle builds a query's SQL anew
 * on every call, which costs ten to twenty times the SQLite work of a small read; the reads behind
 * every page view (the session, the landing and entrant pages) are prepared instead. Placeholders
 * take values as the driver does: a timestamp column compares with milliseconds, not a Date.
 */
export function preparedQuery<Query>(build: (db: AppDatabase) => Query): (db: AppDatabase) => Query {
  const byDatabase = new WeakMap<AppDatabase, Query>();
  return (db) => {
    let query = byDatabase.get(db);
    if (!query) {
      query = build(db);
      byDatabase.set(db, query);
    }
    return query;
  };
}
