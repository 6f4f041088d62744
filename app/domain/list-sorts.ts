// The columns the chair's long lists sort by and the filters they take, shared by the readers that
// turn them into SQL, the forms that parse them from the address, and the views that link them.

/** The chair's case list: reference is the case number, so it sorts the order cases came in. */
export const CASE_LIST_SORTS = ["reference", "title", "organisation", "category", "status", "submittedAt"] as const;
export type CaseListSort = (typeof CASE_LIST_SORTS)[number];

/** The jury overview's cases: their jurors and sheets. */
export const CASE_PROGRESS_SORTS = ["reference", "title", "assigned", "final", "conflicts"] as const;
export type CaseProgressSort = (typeof CASE_PROGRESS_SORTS)[number];

/** A case is short while it has fewer jurors (without a declared conflict) than the minimum. */
export const CASE_PROGRESS_FILTERS = ["short", "enough"] as const;
export type CaseProgressFilter = (typeof CASE_PROGRESS_FILTERS)[number];

/** The jury overview's jurors. */
export const JUROR_PROGRESS_SORTS = ["name", "assigned", "final", "conflicts", "standing", "reminded"] as const;
export type JurorProgressSort = (typeof JUROR_PROGRESS_SORTS)[number];

/** The chair's view of a calibration sample: each juror's step scores, total and distance from the others. */
export const CALIBRATION_SORTS = ["juror", "promise", "anchoring", "realisation", "total", "difference"] as const;
export type CalibrationSort = (typeof CALIBRATION_SORTS)[number];

/** The chair's invitations, one row per address. */
export const INVITATION_LIST_SORTS = ["email", "state", "lastSent"] as const;
export type InvitationListSort = (typeof INVITATION_LIST_SORTS)[number];

/** The states an address's newest link can be in ("replaced" is only ever an older link's). */
export const INVITATION_LIST_FILTERS = ["pending", "accepted", "revoked", "expired"] as const;
export type InvitationListFilter = (typeof INVITATION_LIST_FILTERS)[number];
