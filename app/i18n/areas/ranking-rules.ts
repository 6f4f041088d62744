// How a category is ranked, in plain words: the chair's ranking page, the CSV's first line and the
// public results page all say this, from rankingRules() in app/domain/ranking.ts. Corrections of a
// published result (ADR 0023) live here too.
const nb = {
  "rules.heading": "Slik rangeres sakene",
  "rules.method.mean": "Metode: gjennomsnitt. Poengsummen er snittet av jurymedlemmenes vektede totaler.",
  "rules.method.median": "Metode: median. Poengsummen er den midterste av jurymedlemmenes vektede totaler.",
  "rules.method.trimmed":
    "Metode: trimmet gjennomsnitt. Fra {from} skjemaer tas høyeste og laveste vektede total bort før snittet; med færre skjemaer brukes vanlig snitt.",
  "rules.method.normalised":
    "Metode: normalisert per jurymedlem. Hvert jurymedlems totaler justeres for hvor strengt eller rundhåndet hen gir poeng, før snittet tas.",
  "rules.tieBreak":
    "Ved lik poengsum går saken med høyest snitt i {first} foran, deretter {second}, deretter {third}. Forskjeller som bare er avrundingsstøy regnes som like.",
  "rules.fullTie":
    "Er også alle disse like, deler sakene plassen og neste plass hoppes over (1, 1, 3). Saker uten ferdige skjemaer får ingen plass og står sist.",
  "correct.title": "Rett et publisert resultat",
  "correct.intro":
    "En feil som oppdages etter publisering rettes åpent: det publiserte står, den rettede versjonen kommer i tillegg, og den offentlige siden viser datoen og begrunnelsen. Tidligere versjoner kan fortsatt leses.",
  "correct.link": "Rett det publiserte resultatet",
  "correct.notPublished": "Ingenting er publisert ennå, så det er ingenting å rette.",
  "correct.stage": "Retter: {stage}, versjon {version}",
  "correct.reason": "Begrunnelse for rettelsen (vises offentlig)",
  "correct.reasonMissing": "Skriv hvorfor resultatet rettes. Begrunnelsen vises offentlig.",
  "correct.withdraw": "Trekk en plassert sak (diskvalifisert eller trukket)",
  "correct.withdrawNone": "Ingen sak trekkes",
  "correct.withdrawHint": "Sakene under rykker opp én plass.",
  "correct.reasoning": "Juryens begrunnelse – {category}",
  "correct.reasoningHint": "La stå som den er hvis den ikke skal endres.",
  "correct.submit": "Publiser rettelsen",
  "correct.done": "Rettelsen er publisert som versjon {version}.",
  "correct.nothingChanged": "Rettelsen endrer ingenting. Trekk en sak eller endre en begrunnelse.",
  "correct.notPlaced": "Bare en finalist eller vinner kan trekkes.",
  "correct.reasoningNeeded": "Vinneren i {category} er endret. Skriv juryens begrunnelse for den nye vinneren.",
  "correct.finalRoundOpen":
    "Finalerunden er åpnet på disse finalistene. Rett resultatet etter at vinnerne er publisert.",
  "correct.reasoningOnlyWinners": "Juryens begrunnelse kan bare rettes når vinnerne er publisert.",
  "correct.history": "Rettelser",
  "correct.note": "{stage} rettet {date}: {reason}",
  "results.stage.finalists": "Finalistene",
  "results.stage.winners": "Vinnerne",
  "correct.versions": "Versjoner",
  "correct.version": "Versjon {version}",
  "correct.versionOriginal": "Versjon 1 – publisert {date}",
  "correct.versionCorrected": "Versjon {version} – rettet {date}",
  "correct.current": "gjeldende",
  "correct.olderVersion": "Dette er versjon {version}, en eldre versjon. Den gjeldende er versjon {current}.",
} as const;

export const rankingRulesMessages = {
  nb,
  en: {
    "rules.heading": "How the cases are ranked",
    "rules.method.mean": "Method: mean. The score is the mean of the jurors' weighted totals.",
    "rules.method.median": "Method: median. The score is the middle one of the jurors' weighted totals.",
    "rules.method.trimmed":
      "Method: trimmed mean. From {from} sheets the highest and lowest weighted total are dropped before the mean; with fewer sheets the plain mean is used.",
    "rules.method.normalised":
      "Method: normalised per juror. Each juror's totals are adjusted for how strict or generous they score before the mean is taken.",
    "rules.tieBreak":
      "On an equal score the case with the higher mean in {first} comes first, then {second}, then {third}. Differences that are only rounding noise count as equal.",
    "rules.fullTie":
      "If all of these are equal too, the cases share the place and the next place is skipped (1, 1, 3). Cases without final sheets get no place and come last.",
    "correct.title": "Correct a published result",
    "correct.intro":
      "A mistake found after publishing is corrected in the open: what was published stands, the corrected version is added, and the public page shows its date and reason. Earlier versions stay readable.",
    "correct.link": "Correct the published result",
    "correct.notPublished": "Nothing is published yet, so there is nothing to correct.",
    "correct.stage": "Correcting: {stage}, version {version}",
    "correct.reason": "Reason for the correction (shown publicly)",
    "correct.reasonMissing": "Say why the result is corrected. The reason is shown publicly.",
    "correct.withdraw": "Withdraw a placed case (disqualified or withdrawn)",
    "correct.withdrawNone": "No case is withdrawn",
    "correct.withdrawHint": "The cases below move up one place.",
    "correct.reasoning": "The jury's reasoning – {category}",
    "correct.reasoningHint": "Leave it as it is if it does not change.",
    "correct.submit": "Publish the correction",
    "correct.done": "The correction is published as version {version}.",
    "correct.nothingChanged": "The correction changes nothing. Withdraw a case or change a reasoning.",
    "correct.notPlaced": "Only a finalist or a winner can be withdrawn.",
    "correct.reasoningNeeded": "The winner in {category} has changed. Write the jury's reasoning for the new winner.",
    "correct.finalRoundOpen":
      "The final round is open on these finalists. Correct the result once the winners are published.",
    "correct.reasoningOnlyWinners": "The jury's reasoning can only be corrected once the winners are published.",
    "correct.history": "Corrections",
    "correct.note": "{stage} corrected {date}: {reason}",
    "results.stage.finalists": "The finalists",
    "results.stage.winners": "The winners",
    "correct.versions": "Versions",
    "correct.version": "Version {version}",
    "correct.versionOriginal": "Version 1 – published {date}",
    "correct.versionCorrected": "Version {version} – corrected {date}",
    "correct.current": "current",
    "correct.olderVersion": "This is version {version}, an earlier version. The current one is version {current}.",
  } satisfies Record<keyof typeof nb, string>,
};
