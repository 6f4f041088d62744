import { and, asc, eq, max, sql } from "drizzle-orm";
import type { DbOrTransaction } from "#db/client.ts";
import { attachments, caseVersions, cases } from "#db/schema.ts";
import { CASE_TEXT_FIELDS, type CaseTextFieldName } from "./case-fields.ts";

type CaseTexts = Record<CaseTextFieldName, string>;

/**
 * The title that competes: the latest submitted version's, or the case's own before any submit.
 * Every list the jurors, the chair and the ranking read uses it, so a working copy's new title
 * shows nowhere until it is submitted (ADR 0021). One primary-key lookup per row.
 */
export const competingTitle = sql<string>`coalesce((select ${caseVersions.title} from ${caseVersions} where ${caseVersions.caseId} = ${cases.id} and ${caseVersions.number} = ${cases.submittedVersion}), ${cases.title})`;

export function textsOfVersion(row: CaseTexts): CaseTexts {
  return Object.fromEntries(CASE_TEXT_FIELDS.map(({ name }) => [name, row[name]])) as CaseTexts;
}

export function findCaseVersion(tx: DbOrTransaction, caseId: number, number: number) {
  return (
    tx
      .select()
      .from(caseVersions)
      .where(and(eq(caseVersions.caseId, caseId), eq(caseVersions.number, number)))
      .get() ?? null
  );
}

/** Stores the case's texts as they stand as its next version; returns the new version's number. */
export function recordSubmittedVersion(
  tx: DbOrTransaction,
  caseId: number,
  submittedById: string | null,
  now: Date,
): number {
  const row = tx.select().from(cases).where(eq(cases.id, caseId)).get()!;
  const last = tx
    .select({ last: max(caseVersions.number) })
    .from(caseVersions)
    .where(eq(caseVersions.caseId, caseId))
    .get()?.last;
  const number = (last ?? 0) + 1;
  const attachmentNames = tx
    .select({ fileName: attachments.fileName })
    .from(attachments)
    .where(eq(attachments.caseId, caseId))
    .orderBy(asc(attachments.id))
    .all()
    .map((attachment) => attachment.fileName);
  tx.insert(caseVersions)
    .values({
      caseId,
      number,
      ...textsOfVersion(row),
      categoryId: row.categoryId,
      attachmentNames,
      submittedAt: now,
      submittedById,
    })
    .run();
  return number;
}
