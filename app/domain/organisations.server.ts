import { eq } from "drizzle-orm";
import type { AppDatabase } from "#db/client.ts";
import { organisations } from "#db/schema.ts";
import { writeAudit } from "./audit.server.ts";
import { notFound } from "./errors.ts";
import type { Actor } from "./permissions.ts";

export function findOrganisation(db: AppDatabase, organisationId: number) {
  return db.select().from(organisations).where(eq(organisations.id, organisationId)).get() ?? null;
}

export type OrganisationProfile = {
  name: string;
  address: string;
  contactName: string;
  contactEmail: string;
};

/** The organisation number is fixed: it is what the organisation is, checked at registration. */
export function updateOrganisationProfile(
  db: AppDatabase,
  actor: Actor,
  profile: OrganisationProfile,
  now: Date,
): void {
  if (actor.role !== "entrant" || actor.organisationId === null) throw notFound();
  const organisationId = actor.organisationId;
  db.transaction((tx) => {
    tx.update(organisations)
      .set({
        name: profile.name.trim(),
        address: profile.address.trim() || null,
        contactName: profile.contactName.trim() || null,
        contactEmail: profile.contactEmail.trim().toLowerCase() || null,
      })
      .where(eq(organisations.id, organisationId))
      .run();
    writeAudit(tx, {
      actorId: actor.id,
      action: "organisation.updated",
      subjectType: "organisation",
      subjectId: organisationId,
      at: now,
    });
  });
}
