// The juror's own sheets side by side, and their totals against the jury's (issue 16, calibration).
const nb = {
  "ownSheets.title": "Mine skjemaer side om side",
  "ownSheets.link": "Se alle skjemaene dine side om side",
  "ownSheets.intro":
    "Alle skjemaene dine i {competition}, med poengene per steg og den vektede summen. Sorter på en kolonne for å se om du vurderer like saker likt, før du ferdigstiller.",
  "ownSheets.otherCompetitions": "Andre konkurranser:",
  "ownSheets.none": "Du har ikke fylt ut noen skjemaer i denne konkurransen ennå.",
  "ownSheets.noCases": "Du har ingen saker å vurdere.",
  "ownSheets.blind": "Blind vurdering: selskapene vises ikke.",
  "ownSheets.caption": "Skjemaene dine ({count})",
  "ownSheets.col.case": "Sak",
  "ownSheets.col.category": "Kategori",
  "ownSheets.col.total": "Vektet sum",
  "ownSheets.col.status": "Status",
  "ownSheets.distribution": "Summene dine mot juryens",
  "ownSheets.distributionIntro":
    "Andelen av summene dine i hvert intervall, mot de ferdige skjemaene til resten av juryen. Utkastene dine er med; de andres bare når de er ferdige. Ingen andres skjemaer eller navn vises.",
  "ownSheets.distributionLabel":
    "Dine summer: {own} skjemaer, snitt {ownMean}. Resten av juryen: {jury} skjemaer, snitt {juryMean}.",
  "ownSheets.you": "Du",
  "ownSheets.jury": "Resten av juryen",
  "ownSheets.range": "Sum {from}–{to}",
  "ownSheets.noMean": "ingen",
} as const;

export const ownSheetsMessages = {
  nb,
  en: {
    "ownSheets.title": "My sheets side by side",
    "ownSheets.link": "See all your sheets side by side",
    "ownSheets.intro":
      "All your sheets in {competition}, with the score per step and the weighted total. Sort by a column to check that you judge alike cases alike, before you finalise.",
    "ownSheets.otherCompetitions": "Other competitions:",
    "ownSheets.none": "You have not filled in any sheets in this competition yet.",
    "ownSheets.noCases": "You have no cases to score.",
    "ownSheets.blind": "Blind judging: the companies are not shown.",
    "ownSheets.caption": "Your sheets ({count})",
    "ownSheets.col.case": "Case",
    "ownSheets.col.category": "Category",
    "ownSheets.col.total": "Weighted total",
    "ownSheets.col.status": "Status",
    "ownSheets.distribution": "Your totals against the jury's",
    "ownSheets.distributionIntro":
      "The share of your totals in each interval, against the final sheets of the rest of the jury. Your drafts count; the others' only once final. No one else's sheets or names are shown.",
    "ownSheets.distributionLabel":
      "Your totals: {own} sheets, mean {ownMean}. The rest of the jury: {jury} sheets, mean {juryMean}.",
    "ownSheets.you": "You",
    "ownSheets.jury": "The rest of the jury",
    "ownSheets.range": "Total {from}–{to}",
    "ownSheets.noMean": "none",
  } satisfies Record<keyof typeof nb, string>,
};
