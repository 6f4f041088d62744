import { and, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTransaction } from "#db/client.ts";
import { users } from "#db/schema.ts";
import type { Locale } from "./locales.ts";

/** The language a signed-in user chose last; their mails go out in it. */
export function saveAccountLocale(db: DbOrTransaction, userId: string, locale: Locale): void {
  db.update(users).set({ locale }).where(eq(users.id, userId)).run();
}

/**
 * The chosen language of each address that belongs to a live account. Mail code that knows only
 * addresses (jurors to remind, the result outbox) looks the language up here; an address with no
 * account is missing from the map and the caller picks the fallback.
 */
export function accountLocales(db: DbOrTransaction, emails: readonly string[]): Map<string, Locale> {
  if (!emails.length) return new Map();
  const rows = db
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(and(inArray(users.email, [...new Set(emails)]), isNull(users.deletedAt)))
    .all();
  return new Map(rows.map((row) => [row.email, row.locale]));
}
