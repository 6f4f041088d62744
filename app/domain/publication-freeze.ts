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

/** The message parameters that name a publication: "Resultatet for {year} ble publisert {published}". */
export function publicationParams(publication: { year: number; publishedAt: Date }) {
  // A Date: the catalogue writes it in the reader's language, in Oslo time.
  return { year: publication.year, published: publication.publishedAt };
}
