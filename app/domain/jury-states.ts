/** A juror's answer about a conflict of interest with one case, asked before first opening it. */
export const CONFLICT_STATUSES = ["unconfirmed", "none", "declared"] as const;
export type ConflictStatus = (typeof CONFLICT_STATUSES)[number];

export const SHEET_STATUSES = ["draft", "final"] as const;
export type SheetStatus = (typeof SHEET_STATUSES)[number];
