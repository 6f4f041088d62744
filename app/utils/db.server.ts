import { openDatabase, type AppDatabase } from "#db/client.ts";
import { env } from "./env.server.ts";

// Vite's dev server re-evaluates modules on change; keep one connection per process.
const globalForDb = globalThis as typeof globalThis & { __awardsDb?: AppDatabase };

export const db: AppDatabase = (globalForDb.__awardsDb ??= openDatabase(env.DATABASE_PATH));
