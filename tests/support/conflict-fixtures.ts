import type { Membership } from "#app/domain/memberships.ts";
import { createUser, sqlRows, sqlRun } from "./factories.ts";

/**
 * A company member as the conflict rules see them: created through the shared factory, then given
 * the membership and the verified (or unverified) address the test needs, whatever the factory's
 * own defaults are.
 */
export async function addCompanyMember(
  databasePath: string,
  organisationId: number,
  options: { email: string; membership?: Membership; verified?: boolean; name?: string },
): Promise<{ id: string; email: string; password: string }> {
  const member = await createUser(databasePath, {
    role: "entrant",
    organisationId,
    email: options.email,
    name: options.name,
  });
  sqlRun(
    databasePath,
    "UPDATE users SET membership = ?, email_verified_at = ? WHERE id = ?",
    options.membership ?? "member",
    options.verified === false ? null : Date.now(),
    member.id,
  );
  return member;
}

/** The jurors offered in the chair's "assign a juror" list on a case page. */
export function offeredJurorIds(html: string): string[] {
  const select = /<select[^>]*name="jurorId"[^>]*>([\s\S]*?)<\/select>/.exec(html)?.[1] ?? "";
  return [...select.matchAll(/<option value="([^"]+)"/g)].map((match) => match[1]!);
}

export type ConflictRow = {
  id: number;
  juror_id: string;
  source: string;
  kind: string;
  organisation_id: number | null;
  org_number: string | null;
  organisation_name: string | null;
  reason: string;
  created_by_id: string | null;
};

/** Every stored conflict of one juror, oldest first. */
export function conflictRowsOf(databasePath: string, jurorId: string): ConflictRow[] {
  return sqlRows<ConflictRow>(databasePath, "SELECT * FROM juror_conflicts WHERE juror_id = ? ORDER BY id", jurorId);
}
