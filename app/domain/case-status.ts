import type { SubmissionPhase } from "./deadlines.ts";

export const CASE_STATUSES = ["draft", "submitted", "withdrawn", "disqualified"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export type CaseAction = "save" | "submit" | "reopen" | "withdraw" | "restore" | "disqualify";
export type CaseRefusal = "deadline-passed" | "not-open-yet" | "not-allowed";

/**
 * Where a case stands. `isReopened` is a submitted case whose text columns are a working copy: the
 * submitted version keeps competing until the company submits again (ADR 0021).
 * `hasSubmittedVersion` says whether a version was ever submitted, so restore knows where to go.
 */
export type CaseState = { status: CaseStatus; isReopened: boolean; hasSubmittedVersion: boolean };
export type CaseTransition = { ok: true; status: CaseStatus; isReopened: boolean } | { ok: false; reason: CaseRefusal };

/** What a company sees on its case list: each stage says what, if anything, it must still do. */
export type CaseStage = "draft" | "submitted" | "reopened" | "withdrawn" | "disqualified";

export function caseStage(state: Pick<CaseState, "status" | "isReopened">): CaseStage {
  return state.status === "submitted" && state.isReopened ? "reopened" : state.status;
}

/** Which stages each action starts from. */
const ALLOWED_FROM: Record<CaseAction, readonly CaseStage[]> = {
  save: ["draft", "reopened"],
  submit: ["draft", "reopened"],
  reopen: ["submitted"],
  withdraw: ["draft", "submitted", "reopened"],
  restore: ["withdrawn"],
  disqualify: ["submitted", "reopened"],
};

function outcome(state: CaseState, action: CaseAction): { status: CaseStatus; isReopened: boolean } {
  switch (action) {
    case "save":
      return { status: state.status, isReopened: state.isReopened };
    case "submit":
      return { status: "submitted", isReopened: false };
    // Reopening changes nothing that competes: the case stays submitted with a working copy beside it.
    case "reopen":
      return { status: "submitted", isReopened: true };
    case "withdraw":
      return { status: "withdrawn", isReopened: false };
    // The last submitted version competes again; without one the case is a draft.
    case "restore":
      return state.hasSubmittedVersion
        ? { status: "submitted", isReopened: false }
        : { status: "draft", isReopened: false };
    case "disqualify":
      return { status: "disqualified", isReopened: false };
  }
}

/**
 * The case state machine. Entrants may write drafts before submissions open (companies start
 * early) but submit only while open; after the deadline nothing of theirs changes, and a working
 * copy not sent in stays unsent while the submitted version competes. The chair's disqualification
 * is allowed in any phase.
 */
export function nextCaseStatus(state: CaseState, action: CaseAction, phase: SubmissionPhase): CaseTransition {
  if (action !== "disqualify") {
    if (phase === "closed") return { ok: false, reason: "deadline-passed" };
    if (phase === "not-open" && action === "submit") return { ok: false, reason: "not-open-yet" };
  }
  if (!ALLOWED_FROM[action].includes(caseStage(state))) return { ok: false, reason: "not-allowed" };
  return { ok: true, ...outcome(state, action) };
}

export function canEntrantEdit(state: CaseState, phase: SubmissionPhase): boolean {
  return nextCaseStatus(state, "save", phase).ok;
}

/** The state of a stored case row. */
export function caseStateOf(row: {
  status: CaseStatus;
  reopenedAt: Date | null;
  submittedVersion: number | null;
}): CaseState {
  return {
    status: row.status,
    isReopened: row.reopenedAt !== null,
    hasSubmittedVersion: row.submittedVersion !== null,
  };
}
