// How a category is ranked, in plain words: the chair's ranking page, the CSV's first line and the
// public results page all say this, from rankingRules() in app/domain/ranking.ts. Corrections of a
// published result (ADR 0028) live here too.
const nb = {
  "rules.heading": "Slik rangeres sakene",
  "rules.method.mean": "Metode: gjennomsnitt av jurymedlemmenes vektede totaler.",
  "rules.method.median": "Metode: median (den midterste) av jurymedlemmenes vektede totaler.",
  "rules.method.trimmed":
    "Metode: trimmet gjennomsnitt. Fra {from} skjemaer tas høyeste og laveste total bort før snittet.",
  "rules.method.normalised":
    "Metode: normalisert per jurymedlem. Totalene justeres for hvor strengt hvert jurymedlem gir poeng.",
  "rules.tieBreak": "Ved lik poengsum går høyest snitt i {first} foran, deretter {second}, deretter {third}.",
  "rules.fullTie":
    "Er alt likt, deles plassen og neste hoppes over (1, 1, 3). Saker uten ferdige skjemaer får ingen plass.",
  "correct.title": "Rett et publisert resultat",
  "correct.notPublished": "Ingenting er publisert ennå, så det er ingenting å rette.",
  "correct.reason": "Begrunnelse for rettelsen (vises offentlig)",
  "correct.reasonMissing": "Skriv hvorfor resultatet rettes. Begrunnelsen vises offentlig.",
  "correct.withdraw": "Trekk en finalist eller vinner (sakene under rykker opp)",
  "correct.withdrawNone": "Ingen",
  "correct.submit": "Publiser rettelsen",
  "correct.nothingChanged": "Rettelsen endrer ingenting. Trekk en sak eller endre en begrunnelse.",
  "correct.notPlaced": "Bare en finalist eller vinner kan trekkes.",
  "correct.reasoningNeeded": "Vinneren i {category} er endret. Skriv juryens begrunnelse for den nye vinneren.",
  "correct.finalRoundOpen":
    "Finalerunden er åpnet på disse finalistene. Rett resultatet etter at vinnerne er publisert.",
  "correct.reasoningOnlyWinners": "Juryens begrunnelse kan bare rettes når vinnerne er publisert.",
  "correct.history": "Rettelser",
  "correct.note": "{stage} rettet {date}: {reason}",
  "correct.versions": "Versjoner",
  "correct.versionOriginal": "Versjon 1 – publisert {date}",
  "correct.versionCorrected": "Versjon {version} – rettet {date}",
  "correct.olderVersion": "Eldre versjon ({version}). Gjeldende er versjon {current}.",
} as const;

export const rankingRulesMessages = {
  nb,
  en: {
    "rules.heading": "How the cases are ranked",
    "rules.method.mean": "Method: mean of the jurors' weighted totals.",
    "rules.method.median": "Method: median (the middle one) of the jurors' weighted totals.",
    "rules.method.trimmed":
      "Method: trimmed mean. From {from} sheets the highest and lowest total are dropped before the mean.",
    "rules.method.normalised": "Method: normalised per juror. Totals are adjusted for how strictly each juror scores.",
    "rules.tieBreak": "On an equal score the higher mean in {first} comes first, then {second}, then {third}.",
    "rules.fullTie":
      "If all are equal, the place is shared and the next skipped (1, 1, 3). Cases without final sheets get no place.",
    "correct.title": "Correct a published result",
    "correct.notPublished": "Nothing is published yet, so there is nothing to correct.",
    "correct.reason": "Reason for the correction (shown publicly)",
    "correct.reasonMissing": "Say why the result is corrected. The reason is shown publicly.",
    "correct.withdraw": "Withdraw a finalist or winner (the cases below move up)",
    "correct.withdrawNone": "None",
    "correct.submit": "Publish the correction",
    "correct.nothingChanged": "The correction changes nothing. Withdraw a case or change a reasoning.",
    "correct.notPlaced": "Only a finalist or a winner can be withdrawn.",
    "correct.reasoningNeeded": "The winner in {category} has changed. Write the jury's reasoning for the new winner.",
    "correct.finalRoundOpen":
      "The final round is open on these finalists. Correct the result once the winners are published.",
    "correct.reasoningOnlyWinners": "The jury's reasoning can only be corrected once the winners are published.",
    "correct.history": "Corrections",
    "correct.note": "{stage} corrected {date}: {reason}",
    "correct.versions": "Versions",
    "correct.versionOriginal": "Version 1 – published {date}",
    "correct.versionCorrected": "Version {version} – corrected {date}",
    "correct.olderVersion": "Earlier version ({version}). The current one is version {current}.",
  } satisfies Record<keyof typeof nb, string>,
};
