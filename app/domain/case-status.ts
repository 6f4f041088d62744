import type { SubmissionPhase } from "./deadlines.ts";

export const CASE_STATUSES = ["draft", "submitted", "withdrawn", "disqualified"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export type CaseAction = "save" | "submit" | "reopen" | "withdraw" | "restore" | "disqualify";
export type CaseRefusal = "deadline-passed" | "not-open-yet" | "not-allowed";
export type CaseTransition = { ok: true; status: CaseStatus } | { ok: false; reason: CaseRefusal };

/** Which status each action starts from, and where it leads. A reopened case is a draft again. */
const TRANSITIONS: Record<CaseAction, { from: readonly CaseStatus[]; to: CaseStatus | "same" }> = {
  save: { from: ["draft"], to: "same" },
  submit: { from: ["draft"], to: "submitted" },
  reopen: { from: ["submitted"], to: "draft" },
  withdraw: { from: ["draft", "submitted"], to: "withdrawn" },
  restore: { from: ["withdrawn"], to: "draft" },
  disqualify: { from: ["submitted"], to: "disqualified" },
};

/**
 * The case state machine. Entrants may write drafts before submissions open (companies start
 * early) but submit only while open; after the deadline nothing of theirs changes. The chair's
 * disqualification is allowed in any phase.
 */
export function nextCaseStatus(current: CaseStatus, action: CaseAction, phase: SubmissionPhase): CaseTransition {
  const transition = TRANSITIONS[action];
  if (action !== "disqualify") {
    if (phase === "closed") return { ok: false, reason: "deadline-passed" };
    if (phase === "not-open" && action === "submit") return { ok: false, reason: "not-open-yet" };
  }
  if (!transition.from.includes(current)) return { ok: false, reason: "not-allowed" };
  return { ok: true, status: transition.to === "same" ? current : transition.to };
}

export function canEntrantEdit(status: CaseStatus, phase: SubmissionPhase): boolean {
  return nextCaseStatus(status, "save", phase).ok;
}
