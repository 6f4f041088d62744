/**
 * Where a juror's conflict with a company comes from: the chair's own list, or the juror's declared
 * ties (employer, board seats, clients in the last three years). Conflicts from the verified
 * addresses of a company's members are computed, never stored.
 */
export const CONFLICT_SOURCES = ["chair", "juror"] as const;
export type ConflictSource = (typeof CONFLICT_SOURCES)[number];

export const TIE_KINDS = ["employer", "board", "client", "other"] as const;
export type TieKind = (typeof TIE_KINDS)[number];
