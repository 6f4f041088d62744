/** A juror's answer about a conflict of interest with one case, asked before first opening it. */
export const CONFLICT_STATUSES = ["unconfirmed", "none", "declared"] as const;
export type ConflictStatus = (typeof CONFLICT_STATUSES)[number];

export const SHEET_STATUSES = ["draft", "final"] as const;

/** The main round scores every case; an optional final round scores the finalists again on fresh sheets. */
export const SCORING_ROUNDS = ["main", "final"] as const;
export type ScoringRound = (typeof SCORING_ROUNDS)[number];
export type SheetStatus = (typeof SHEET_STATUSES)[number];

/**
 * Where a juror stands on their assigned cases: "behind" while sheets are unfinished and scoring is
 * open (they can still catch up, so a reminder helps), "late" once the deadline has passed. A round
 * without a deadline (the final round) is never late.
 */
export const JUROR_STANDINGS = ["none", "done", "behind", "late"] as const;
export type JurorStanding = (typeof JUROR_STANDINGS)[number];

export function jurorStanding(
  progress: { assigned: number; final: number },
  deadline: Date | null,
  now: Date,
): JurorStanding {
  if (progress.assigned === 0) return "none";
  if (progress.final >= progress.assigned) return "done";
  return deadline !== null && now.getTime() >= deadline.getTime() ? "late" : "behind";
}
