import type { CompetitionDates } from "#app/domain/deadlines.ts";

/** A competition's saved dates as loader data carries them (ISO strings), for the deadline checks in the browser. */
export type StoredDeadlines = Record<keyof CompetitionDates, string>;

export function storedDeadlines(stored: StoredDeadlines | null): CompetitionDates | null {
  if (!stored) return null;
  return {
    submissionOpensAt: new Date(stored.submissionOpensAt),
    submissionDeadlineAt: new Date(stored.submissionDeadlineAt),
    scoringDeadlineAt: new Date(stored.scoringDeadlineAt),
  };
}
