// Cases short of sheets, listed apart on the ranking and publish pages; the chair lets one in among
// the finalists only by name and with a recorded reason (ADR 0030).
const nb = {
  "shortSheets.title": "Saker med for få skjemaer",
  "shortSheets.intro":
    "Disse sakene har færre ferdige skjemaer enn minstekravet ({min}). De vises med plassen de ville fått, men blir ikke finalister med mindre du tar dem med ved publisering og skriver hvorfor. Finalistene er de beste blant sakene med nok skjemaer.",
  "shortSheets.none": "Ingen saker mangler skjemaer.",
  "shortSheets.wouldStand": "Ville stått som nr. {rank} i {category}",
  "shortSheets.unranked": "Uten plass i {category}",
  "shortSheets.sheets": "{count} av {min} skjemaer",
  "shortSheets.wouldBeFinalist": "ville vært finalist på plassen sin",
  "shortSheets.include": "Ta med som finalist likevel",
  "shortSheets.reasonLabel": "Begrunnelse for å ta med {reference}",
  "shortSheets.includeReasonMissing": "Skriv hvorfor saken skal være med som finalist med for få skjemaer.",
  "shortSheets.included": "Tatt med som finalist. Begrunnelse: {reason}",
  "shortSheets.leftOut": "Holdt utenfor finalistene.",
} as const;

export const shortOfSheetsMessages = {
  nb,
  en: {
    "shortSheets.title": "Cases with too few sheets",
    "shortSheets.intro":
      "These cases have fewer final sheets than the minimum ({min}). They are shown with the place they would get, but do not become finalists unless you include them when publishing and say why. The finalists are the best of the cases with enough sheets.",
    "shortSheets.none": "No case is short of sheets.",
    "shortSheets.wouldStand": "Would stand at no. {rank} in {category}",
    "shortSheets.unranked": "No place in {category}",
    "shortSheets.sheets": "{count} of {min} sheets",
    "shortSheets.wouldBeFinalist": "would be a finalist on its place",
    "shortSheets.include": "Include as a finalist anyway",
    "shortSheets.reasonLabel": "Reason to include {reference}",
    "shortSheets.includeReasonMissing": "Say why this case should be a finalist with too few sheets.",
    "shortSheets.included": "Included as a finalist. Reason: {reason}",
    "shortSheets.leftOut": "Left out of the finalists.",
  } satisfies Record<keyof typeof nb, string>,
};
