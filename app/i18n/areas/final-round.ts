// The final round's deadline, progress and status, the winners' reasoning beside each winner, and
// the entrant's result with the jury's reasoning and the two rounds apart.
const nb = {
  "finalRound.deadlineLabel": "Frist for finalerunden",
  "finalRound.deadlineHint": "Norsk tid. Skjemaene i finalerunden stenger da, slik hovedrunden stenger ved sin frist.",
  "finalRound.deadlinePast": "Fristen for finalerunden må være fram i tid.",
  "finalRound.deadline": "Frist for finalerunden: {deadline}.",
  "finalRound.closedAtDeadline": "Fristen er passert: skjemaene er stengt. Lås finalerunden før vinnerne.",
  "finalRound.progress": "{done} av {total} finaleskjemaer ferdige",
  "finalRound.jurorProgress": "{done} av {total} finalister vurdert",
  "finalRound.status.final": "Finalerunden er åpen til {deadline}.",
  "finalRound.status.finalNoDeadline": "Finalerunden er åpen til juryleder låser den.",
  "finalRound.status.main": "Hovedrunden er åpen til {deadline}.",
  "finalRound.status.finalClosed": "Finalerunden er stengt.",
  "finalRound.status.closed": "Poenggivningen er stengt.",
  "mail.finalReminder.bodyWithDeadline":
    "Hei {name}!\n\nJuryleder har åpnet en finalerunde. Du har ferdigstilt {done} av {finalists}. Fristen for finalerunden er {deadline}.\n\n{link}\n\nVennlig hilsen\nJuryleder, Kundeservice Awards",

  "winners.reasoningLabel": "Juryens begrunnelse – {category}: {winners}",
  "winners.case": "«{title}», {company}",
  "winners.and": "{first} og {second}",
  "winners.none": "ingen vinner",
  "winners.changed":
    "Vinneren i {category} er ikke lenger den som sto ved begrunnelsen. Les begrunnelsen på nytt og forbered igjen.",

  "result.round.main": "Hovedrunden",
  "result.round.final": "Finalerunden",
  "result.round.mainIntro": "Alle saker i kategorien ble vurdert i hovedrunden.",
  "result.round.finalIntro":
    "Finalistene ble vurdert på nytt i finalerunden, på friske skjemaer. Den avgjorde vinneren.",
  "result.noComments": "Ingen kommentarer i denne runden.",
} as const;

export const finalRoundMessages = {
  nb,
  en: {
    "finalRound.deadlineLabel": "Final round deadline",
    "finalRound.deadlineHint":
      "Norwegian time. The final round's sheets close then, as the main round closes at its deadline.",
    "finalRound.deadlinePast": "The final round's deadline must be in the future.",
    "finalRound.deadline": "Final round deadline: {deadline}.",
    "finalRound.closedAtDeadline":
      "The deadline has passed: the sheets are closed. Lock the final round before the winners.",
    "finalRound.progress": "{done} of {total} final-round sheets finished",
    "finalRound.jurorProgress": "{done} of {total} finalists scored",
    "finalRound.status.final": "The final round is open until {deadline}.",
    "finalRound.status.finalNoDeadline": "The final round is open until the chair locks it.",
    "finalRound.status.main": "The main round is open until {deadline}.",
    "finalRound.status.finalClosed": "The final round is closed.",
    "finalRound.status.closed": "Scoring is closed.",
    "mail.finalReminder.bodyWithDeadline":
      "Hello {name}!\n\nThe chair has opened a final round. You have finished {done} of {finalists}. The final round's deadline is {deadline}.\n\n{link}\n\nKind regards\nThe chair, Kundeservice Awards",

    "winners.reasoningLabel": "The jury's reasoning – {category}: {winners}",
    "winners.case": "“{title}”, {company}",
    "winners.and": "{first} and {second}",
    "winners.none": "no winner",
    "winners.changed":
      "The winner in {category} is no longer the one shown beside the reasoning. Read the reasoning again and prepare once more.",

    "result.round.main": "Main round",
    "result.round.final": "Final round",
    "result.round.mainIntro": "Every case in the category was scored in the main round.",
    "result.round.finalIntro":
      "The finalists were scored again in the final round, on fresh sheets. It decided the winner.",
    "result.noComments": "No comments in this round.",
  } satisfies Record<keyof typeof nb, string>,
};
