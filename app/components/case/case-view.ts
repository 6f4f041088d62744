import type { SubmissionResult } from "@conform-to/react";
import { CASE_TEXT_FIELDS } from "#app/domain/case-fields.ts";
import type { CaseHistory } from "#app/domain/case-history.server.ts";
import type { CaseStage, CaseStatus } from "#app/domain/case-status.ts";
import type { CaseTexts } from "#app/domain/cases.server.ts";
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

/** The version someone else saved while this editor was open, shown beside one's own text. */
export type CaseConflict = { version: number; texts: CaseTexts; savedAt: string; updatedByName: string | null };

/** Every answer the case form gets as data; a save that leaves the page redirects instead. */
export type CaseEditAnswer = {
  result: SubmissionResult<string[]> | null;
  /** Set when the text was saved, even if an attachment posted with it was refused. */
  savedVersion: number | null;
  savedAt: string | null;
  conflict: CaseConflict | null;
};

/** The case texts in a refused post, shown back so nothing typed is lost. */
export function postedTexts(initialValue: Record<string, unknown> | null | undefined): Partial<CaseTexts> {
  const texts: Partial<CaseTexts> = {};
  for (const { name } of CASE_TEXT_FIELDS) {
    const value = initialValue?.[name];
    if (typeof value === "string") texts[name] = value;
  }
  return texts;
}
