import { AWARD_TIME_ZONE } from "./deadlines.ts";

// The pure half of "published means final": what a publication needs before it may go out, and
// how a refusal names the publication it protects. The database half is publication-freeze.server.ts.

/** Why a stage cannot be published yet: entrants can still change their cases, or jurors their sheets. */
export type PublishBlocker = "submission-open" | "scoring-open";

/**
 * A result rests on every case and every sheet: it may go out only once no entrant can submit,
 * reopen or retitle a case (the submission deadline has passed) and no juror can change a sheet
 * (scoring is locked).
 */
export function publishBlockers(
  competition: { submissionDeadlineAt: Date; scoringLockedAt: Date | null },
  now: Date,
): PublishBlocker[] {
  const blockers: PublishBlocker[] = [];
  if (now.getTime() < competition.submissionDeadlineAt.getTime()) blockers.push("submission-open");
  if (competition.scoringLockedAt === null) blockers.push("scoring-open");
  return blockers;
}

// The domain cannot reach the request's language (app/i18n is the edge's), so a refusal carries
// the publication time written in both; each catalogue uses its own. Oslo time, as every time shown.
const publishedTimeFormats = {
  nb: new Intl.DateTimeFormat("nb-NO", { timeZone: AWARD_TIME_ZONE, dateStyle: "long", timeStyle: "short" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: AWARD_TIME_ZONE, dateStyle: "long", timeStyle: "short" }),
};

/** The message parameters that name a publication: "Resultatet for {year} ble publisert {publishedNb}". */
export function publicationParams(publication: { year: number; publishedAt: Date }) {
  return {
    year: publication.year,
    publishedNb: publishedTimeFormats.nb.format(publication.publishedAt),
    publishedEn: publishedTimeFormats.en.format(publication.publishedAt),
  };
}
