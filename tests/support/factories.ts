import { randomUUID } from "node:crypto";
import { openDatabase, type AppDatabase } from "#db/client.ts";
import { organisations, users } from "#db/schema.ts";
import type { Role } from "#app/domain/roles.ts";
import { hashPassword } from "#app/domain/passwords.server.ts";

export const TEST_PASSWORD = "et langt og trygt passord";

/** Valid organisation numbers (modulus-11), for tests and the demo. */
export const VALID_ORG_NUMBERS = ["923609016", "974760673", "982463718", "971524960", "985399077"] as const;

let emailCounter = 0;
export function uniqueEmail(prefix = "user", domain = "example.no"): string {
  emailCounter += 1;
  return `${prefix}-${Date.now().toString(36)}-${emailCounter}@${domain}`;
}

/** Inserts a user straight into a server's database file, for roles that have no sign-up form yet. */
export async function createUser(
  databasePathOrDb: string | AppDatabase,
  options: { role: Role; email?: string; name?: string; password?: string; organisationId?: number },
): Promise<{ id: string; email: string; password: string }> {
  const db = typeof databasePathOrDb === "string" ? openDatabase(databasePathOrDb) : databasePathOrDb;
  const email = options.email ?? uniqueEmail(options.role);
  const password = options.password ?? TEST_PASSWORD;
  const id = randomUUID();
  let organisationId = options.organisationId ?? null;
  if (options.role === "entrant" && organisationId === null) {
    organisationId = db
      .insert(organisations)
      .values({ name: `Testbedrift ${id.slice(0, 6)}`, orgNumber: id.replace(/\D/g, "").padEnd(9, "7").slice(0, 9) })
      .returning({ id: organisations.id })
      .get().id;
  }
  db.insert(users)
    .values({ id, email, name: options.name ?? `Test ${options.role}`, passwordHash: await hashPassword(password), role: options.role, organisationId })
    .run();
  if (typeof databasePathOrDb === "string") db.$client.close();
  return { id, email, password };
}
