import { eq, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client.ts";
import { preparedQuery } from "#db/prepared.ts";
import { attachments, cases, organisations } from "#db/schema.ts";
import { writeAudit } from "./audit.server.ts";
import { forbidden, notFound } from "./errors.ts";
import { listOrganisationsForChair, ORGANISATION_SORTS } from "./memberships.server.ts";
import type { Actor } from "./permissions.ts";

const organisationById = preparedQuery((db) =>
  db
    .select()
    .from(organisations)
    .where(eq(organisations.id, sql.placeholder("organisationId")))
    .prepare(),
);

/** Prepared: the entrant's home reads it on every view. */
export function findOrganisation(db: AppDatabase, organisationId: number) {
  return organisationById(db).get({ organisationId }) ?? null;
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

export const ORGANISATION_LIST_SORTS = [...ORGANISATION_SORTS, "storage"] as const;
export type OrganisationListSort = (typeof ORGANISATION_LIST_SORTS)[number];

/**
 * Bytes of attachments each company has uploaded, over all its cases (withdrawn ones too: their
 * files stay). Identical files are stored once on disk, so this is what the company put in, an
 * upper bound of what it occupies.
 */
export function attachmentBytesByOrganisation(db: AppDatabase, actor: Actor): Map<number, number> {
  if (actor.role !== "chair") throw forbidden();
  const rows = db
    .select({ organisationId: cases.organisationId, bytes: sql<number>`coalesce(sum(${attachments.sizeBytes}), 0)` })
    .from(attachments)
    .innerJoin(cases, eq(cases.id, attachments.caseId))
    .groupBy(cases.organisationId)
    .all();
  return new Map(rows.map((row) => [row.organisationId, row.bytes]));
}

/** The chair's organisation list with each company's storage, sortable by it (largest first). */
export function listOrganisationsWithStorage(
  db: AppDatabase,
  actor: Actor,
  options: { query: string; sort: OrganisationListSort },
) {
  const sort = options.sort === "storage" ? "name" : options.sort;
  const bytes = attachmentBytesByOrganisation(db, actor);
  const listed = listOrganisationsForChair(db, actor, { query: options.query, sort }).map((organisation) => ({
    ...organisation,
    storageBytes: bytes.get(organisation.id) ?? 0,
  }));
  // A stable sort: companies with equal storage stay in name order.
  return options.sort === "storage" ? listed.sort((a, b) => b.storageBytes - a.storageBytes) : listed;
}
