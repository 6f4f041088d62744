/** A juror as a reminder sees them: their sheets in the round, due and finished. */
export type RoundStanding = { jurorId: string; name: string; assigned: number; final: number };

/** Why a juror the chair ticked cannot be reminded of the round. */
export type RecipientRefusal = "unknown" | "no-cases" | "all-final";

/** Whether a juror has sheets left in the round: the only ones a reminder may go to. */
export const hasUnfinished = (juror: Pick<RoundStanding, "assigned" | "final">) => juror.final < juror.assigned;

/**
 * The chosen jurors a reminder may go to, and every one it may not, with why: an id that is no juror
 * of the competition, a juror with no cases in the round, or one whose sheets are all final. The
 * posted list is the chair's choice, never the proof: the standings are read again on every post.
 */
export function checkRecipients<Juror extends RoundStanding>(
  standings: readonly Juror[],
  chosenIds: readonly string[],
): { recipients: Juror[]; refused: { name: string; reason: RecipientRefusal }[] } {
  const byId = new Map(standings.map((juror) => [juror.jurorId, juror]));
  const recipients: Juror[] = [];
  const refused: { name: string; reason: RecipientRefusal }[] = [];
  for (const id of new Set(chosenIds)) {
    const juror = byId.get(id);
    if (!juror) refused.push({ name: id, reason: "unknown" });
    else if (juror.assigned === 0) refused.push({ name: juror.name, reason: "no-cases" });
    else if (!hasUnfinished(juror)) refused.push({ name: juror.name, reason: "all-final" });
    else recipients.push(juror);
  }
  return { recipients, refused };
}
