import { asc, eq } from "drizzle-orm";
import type { AppDatabase } from "#db/client.ts";
import { caseVersions, users } from "#db/schema.ts";
import { CASE_TEXT_FIELDS, type CaseTextFieldName } from "./case-fields.ts";
import type { CaseDetails } from "./cases.server.ts";
import { diffWords, hasChanges, type DiffPart } from "./text-diff.ts";

export type VersionRange = { from?: number | undefined; to?: number | undefined };

export type CaseVersionDiff = {
  from: number;
  to: number;
  fields: { name: CaseTextFieldName; parts: DiffPart[]; changed: boolean }[];
  attachments: { removed: string[]; added: string[] };
};

/**
 * The submitted versions of a case already read in the viewer's scope (getCase), and the word
 * diff between two of them when the address asks for one. Jurors never learn who submitted a
 * version or the names of its files: under blind judging either could give the company away, and
 * otherwise they tell them nothing they need.
 */
export function getCaseHistory(
  db: AppDatabase,
  found: Pick<CaseDetails, "case">,
  viewer: "entrant" | "chair" | "juror",
  range: VersionRange,
) {
  const rows = db
    .select({ version: caseVersions, submittedByName: users.name })
    .from(caseVersions)
    .leftJoin(users, eq(caseVersions.submittedById, users.id))
    .where(eq(caseVersions.caseId, found.case.id))
    .orderBy(asc(caseVersions.number))
    .all();
  const versions = rows.map(({ version, submittedByName }) => ({
    number: version.number,
    submittedAt: version.submittedAt,
    submittedByName: viewer === "juror" ? null : submittedByName,
    isCurrent: version.number === found.case.submittedVersion,
  }));
  const before = rows.find(({ version }) => version.number === range.from)?.version;
  const after = rows.find(({ version }) => version.number === range.to)?.version;
  // An unknown or equal pair shows no diff rather than an error: the list is still there to pick from.
  const diff: CaseVersionDiff | null =
    before && after && before.number !== after.number
      ? {
          from: before.number,
          to: after.number,
          fields: CASE_TEXT_FIELDS.map(({ name }) => {
            const parts = diffWords(before[name], after[name]);
            return { name, parts, changed: hasChanges(parts) };
          }),
          // Jurors see the files themselves; a file's name could give the company away under blind judging.
          attachments:
            viewer === "juror"
              ? { removed: [], added: [] }
              : {
                  removed: before.attachmentNames.filter((name) => !after.attachmentNames.includes(name)),
                  added: after.attachmentNames.filter((name) => !before.attachmentNames.includes(name)),
                },
        }
      : null;
  return { versions, diff };
}

export type CaseHistory = ReturnType<typeof getCaseHistory>;
