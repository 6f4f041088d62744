import type { FieldProblem } from "./errors.ts";

/** A juror as a reminder sees them: their sheets in the round, due and finished. */
export type RoundStanding = { jurorId: string; name: string; assigned: number; final: number };

/** Why a juror the chair ticked cannot be reminded of the round. */
export type RecipientRefusal = "unknown" | "no-cases" | "all-final";

/** Whether a juror has sheets left in the round: the only ones a reminder may go to. */
export const hasUnfinished = (juror: Pick<RoundStanding, "assigned" | "final">) => juror.final < juror.assigned;

/**
 * The chosen jurors a reminder may go to, or every refusal at once: an id that is no juror of the
 * competition, a juror with no cases in the round, or one whose sheets are all final. The posted list
 * is the chair's choice, never the proof: the standings are read again on every post.
 */
export function checkRecipients<Juror extends RoundStanding>(
  standings: readonly Juror[],
  chosenIds: readonly string[],
): { recipients: Juror[]; problems: FieldProblem[] } {
  const byId = new Map(standings.map((juror) => [juror.jurorId, juror]));
  const recipients: Juror[] = [];
  const problems: FieldProblem[] = [];
  for (const id of new Set(chosenIds)) {
    const juror = byId.get(id);
    const refusal: RecipientRefusal | null = !juror
      ? "unknown"
      : juror.assigned === 0
        ? "no-cases"
        : hasUnfinished(juror)
          ? null
          : "all-final";
    if (refusal === null) recipients.push(juror!);
    else
      problems.push({
        field: "jurorIds",
        messageKey: `reminders.refused.${refusal}`,
        params: { name: juror?.name ?? id },
      });
  }
  if (recipients.length === 0 && problems.length === 0)
    problems.push({ field: "jurorIds", messageKey: "reminders.noneChosen" });
  return { recipients, problems };
}
