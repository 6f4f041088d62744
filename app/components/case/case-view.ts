import type { SubmissionResult } from "@conform-to/react";
import { CASE_TEXT_FIELDS } from "#app/domain/case-fields.ts";
import type { CaseHistory } from "#app/domain/case-history.server.ts";
import type { CaseStage, CaseStatus } from "#app/domain/case-status.ts";
import type { CaseFieldName, CaseFields, CaseTexts } from "#app/domain/cases.server.ts";
import type { SubmissionPhase } from "#app/domain/deadlines.ts";

/** What the case page's loader hands the editor and the read-only view. */
export type CaseView = {
  caseId: number;
  reference: string;
  status: CaseStatus;
  phase: SubmissionPhase;
  version: number;
  categoryId: number;
  texts: CaseTexts;
  categories: { id: number; name: string }[];
  deadline: string;
  savedAt: string;
  submittedAt: string | null;
  disqualifiedReason: string | null;
  attachments: { id: number; name: string; sizeKb: number }[];
  can: { edit: boolean; reopen: boolean; withdraw: boolean; restore: boolean };
  /** Where the case stands for the company, e.g. "reopened": submitted, with a working copy. */
  stage: CaseStage;
  /** The version that competes (or would again on restore), with its Oslo time. */
  submittedVersion: { number: number; submittedAt: string } | null;
  hasUnsubmittedChanges: boolean;
  /** The withdraw or restore the company asked for, shown for confirmation before it happens. */
  confirm: "withdraw" | "restore" | null;
  history: CaseHistory;
};

/**
 * Fields a colleague changed differently while this editor was open: their text is `stored` in the
 * answer, shown beside one's own until the writer chooses.
 */
export type CaseConflict = { fields: CaseFieldName[]; savedAt: string; updatedByName: string | null };

/** Every answer the case form gets as data; a save that leaves the page redirects instead. */
export type CaseEditAnswer = {
  result: SubmissionResult<string[]> | null;
  /** The version the editor now builds on: set when the text was saved (even if an attachment posted with it was refused) or merged. */
  savedVersion: number | null;
  savedAt: string | null;
  /** What the server holds at `savedVersion`: the base of every field not in conflict. */
  stored: CaseFields | null;
  conflict: CaseConflict | null;
  /** The background save found no session: nothing was saved, the editor keeps the text. */
  signedOut: boolean;
};

export function caseEditAnswer(fields: Partial<CaseEditAnswer>): CaseEditAnswer {
  return { result: null, savedVersion: null, savedAt: null, stored: null, conflict: null, signedOut: false, ...fields };
}

/** The case texts in a refused post, shown back so nothing typed is lost. */
export function postedTexts(initialValue: Record<string, unknown> | null | undefined): Partial<CaseTexts> {
  const texts: Partial<CaseTexts> = {};
  for (const { name } of CASE_TEXT_FIELDS) {
    const value = initialValue?.[name];
    if (typeof value === "string") texts[name] = value;
  }
  return texts;
}
