import type { ScoringRound } from "./jury-states.ts";

/** Every deadline in the award is Oslo time, whatever the reader's or server's zone. */
export const AWARD_TIME_ZONE = "Europe/Oslo";

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const osloParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: AWARD_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** Oslo's offset from UTC, in minutes, at an instant (+60 in winter, +120 in summer). */
function osloOffsetMinutes(instant: number): number {
  const parts = Object.fromEntries(osloParts.formatToParts(instant).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The UTC instant of an Oslo wall-clock time, as typed in an `<input type="datetime-local">`.
 * Around the daylight-saving changes: a time that occurs twice (the last Sunday of October,
 * 02:00–02:59) is taken as the first, summer-time one; a time that does not exist (the last Sunday
 * of March, 02:00–02:59) is moved an hour on, as a clock would show it (02:30 → 03:30 CEST).
 */
export function osloLocalToUtc(local: string): Date | null {
  const match = LOCAL_PATTERN.exec(local.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((value) => Number(value ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wallAsUtc);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return null;
  }
  // Try the summer offset first so the ambiguous hour resolves to its earlier instant.
  for (const offset of [120, 60]) {
    const candidate = wallAsUtc - offset * 60_000;
    if (osloOffsetMinutes(candidate) === offset) return new Date(candidate);
  }
  // In the spring gap neither offset round-trips; winter time read as summer time is one hour on.
  return new Date(wallAsUtc - 60 * 60_000);
}

/** "YYYY-MM-DDTHH:mm" in Oslo time, for filling a datetime-local input. */
export function utcToOsloLocal(date: Date): string {
  const parts = Object.fromEntries(osloParts.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

export type SubmissionWindow = { submissionOpensAt: Date; submissionDeadlineAt: Date };
export type SubmissionPhase = "not-open" | "open" | "closed";

/** Open from the opening instant up to, not including, the deadline instant. */
export function submissionPhase(window: SubmissionWindow, now: Date): SubmissionPhase {
  if (now.getTime() < window.submissionOpensAt.getTime()) return "not-open";
  if (now.getTime() < window.submissionDeadlineAt.getTime()) return "open";
  return "closed";
}

export function isScoringOpen(scoring: { scoringDeadlineAt: Date; scoringLockedAt: Date | null }, now: Date): boolean {
  return scoring.scoringLockedAt === null && now.getTime() < scoring.scoringDeadlineAt.getTime();
}

export type RoundWindows = {
  scoringDeadlineAt: Date;
  scoringLockedAt: Date | null;
  finalRoundOpenedAt: Date | null;
  finalRoundLockedAt: Date | null;
  /** Null for a final round opened before it had a deadline of its own: open until locked. */
  finalRoundDeadlineAt: Date | null;
};

/**
 * Whether sheets of a round may change now: the main round until its deadline or the lock; the
 * final round from when the chair opens it until its own deadline or the chair locks it.
 */
export function isRoundOpen(round: ScoringRound, windows: RoundWindows, now: Date): boolean {
  if (round === "main") return isScoringOpen(windows, now);
  return (
    windows.finalRoundOpenedAt !== null &&
    windows.finalRoundLockedAt === null &&
    (windows.finalRoundDeadlineAt === null || now.getTime() < windows.finalRoundDeadlineAt.getTime())
  );
}

/** Which round a juror may score in now: the final round once it is open, else the main round, else none. */
export function openRound(windows: RoundWindows, now: Date): ScoringRound | null {
  if (isRoundOpen("final", windows, now)) return "final";
  return isRoundOpen("main", windows, now) ? "main" : null;
}

/** The deadline of a round: the final round's is null until the chair opens it with one. */
export function roundDeadline(round: ScoringRound, windows: RoundWindows): Date | null {
  return round === "main" ? windows.scoringDeadlineAt : windows.finalRoundDeadlineAt;
}

export type CompetitionDates = { submissionOpensAt: Date; submissionDeadlineAt: Date; scoringDeadlineAt: Date };
/** The dates as far as a form gave them: a date that is missing or not a date is null. */
export type TypedCompetitionDates = { [Field in keyof CompetitionDates]: Date | null };
export type CompetitionDateProblem =
  | { field: "submissionDeadlineAt"; problem: "deadline-before-opening" }
  | { field: "scoringDeadlineAt"; problem: "scoring-before-submission-deadline" };

/** The order of the dates; a pair is checked only when both of its dates are there. */
export function validateCompetitionDates(dates: CompetitionDates | TypedCompetitionDates): CompetitionDateProblem[] {
  const problems: CompetitionDateProblem[] = [];
  const { submissionOpensAt: opens, submissionDeadlineAt: deadline, scoringDeadlineAt: scoring } = dates;
  if (opens && deadline && deadline.getTime() <= opens.getTime()) {
    problems.push({ field: "submissionDeadlineAt", problem: "deadline-before-opening" });
  }
  if (deadline && scoring && scoring.getTime() <= deadline.getTime()) {
    problems.push({ field: "scoringDeadlineAt", problem: "scoring-before-submission-deadline" });
  }
  return problems;
}

export type ConfirmableDeadline = "submissionDeadlineAt" | "scoringDeadlineAt";

/**
 * The deadlines that need the chair's explicit confirmation: one already passed closes submissions
 * (or scoring) the moment it is saved. A deadline that is already stored as it is (editing an old
 * competition's name) asks nothing; only setting a past deadline does.
 */
export function deadlinesNeedingConfirmation(
  dates: TypedCompetitionDates,
  now: Date,
  stored: CompetitionDates | null = null,
): ConfirmableDeadline[] {
  return (["submissionDeadlineAt", "scoringDeadlineAt"] as const).filter((field) => {
    const date = dates[field];
    if (!date || date.getTime() > now.getTime()) return false;
    return stored === null || stored[field].getTime() !== date.getTime();
  });
}

/**
 * The same Oslo wall-clock time a year on ("2026-01-04T09:00" → "2027-01-04T09:00"), for a copy of
 * last year's competition; 29 February becomes 28 February.
 */
export function osloLocalNextYear(local: string): string {
  const match = LOCAL_PATTERN.exec(local);
  if (!match) return local;
  const [, year, month, day, hour, minute] = match;
  const nextYear = Number(year) + 1;
  const leap = (nextYear % 4 === 0 && nextYear % 100 !== 0) || nextYear % 400 === 0;
  const nextDay = month === "02" && day === "29" && !leap ? "28" : day;
  return `${nextYear}-${month}-${nextDay}T${hour}:${minute}`;
}
