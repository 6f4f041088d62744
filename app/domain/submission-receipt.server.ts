import { and, asc, eq, isNull, or } from "drizzle-orm";
import type { DbOrTransaction } from "#db/client.ts";
import { attachments, cases, categories, competitions, organisations, users } from "#db/schema.ts";
import { caseReference } from "./cases.server.ts";

/**
 * What the receipt mail says about a case just submitted, and who gets it: the submitter and the
 * company's administrators (live accounts only, each with their language). Null when the case does
 * not stand submitted (a colleague reopened it in between), so no receipt goes out for it.
 */
export function submissionReceipt(db: DbOrTransaction, caseId: number, submitterId: string) {
  const row = db
    .select({
      case: cases,
      year: competitions.year,
      deadline: competitions.submissionDeadlineAt,
      categoryName: categories.name,
      organisationName: organisations.name,
    })
    .from(cases)
    .innerJoin(competitions, eq(cases.competitionId, competitions.id))
    .innerJoin(categories, eq(cases.categoryId, categories.id))
    .innerJoin(organisations, eq(cases.organisationId, organisations.id))
    .where(eq(cases.id, caseId))
    .get();
  if (!row || row.case.status !== "submitted" || !row.case.submittedAt) return null;
  const submitter = db.select({ name: users.name }).from(users).where(eq(users.id, submitterId)).get();
  const recipients = db
    .select({ name: users.name, email: users.email, locale: users.locale })
    .from(users)
    .where(
      and(
        eq(users.organisationId, row.case.organisationId),
        eq(users.role, "entrant"),
        isNull(users.deletedAt),
        or(eq(users.id, submitterId), eq(users.membership, "admin")),
      ),
    )
    .orderBy(asc(users.email))
    .all();
  return {
    caseId,
    reference: caseReference(row.year, caseId),
    title: row.case.title,
    categoryName: row.categoryName,
    organisationName: row.organisationName,
    submittedAt: row.case.submittedAt,
    deadline: row.deadline,
    submitterName: submitter?.name ?? "",
    attachments: db
      .select({ name: attachments.fileName, sizeBytes: attachments.sizeBytes })
      .from(attachments)
      .where(eq(attachments.caseId, caseId))
      .orderBy(asc(attachments.id))
      .all(),
    recipients,
  };
}

export type SubmissionReceipt = NonNullable<ReturnType<typeof submissionReceipt>>;
