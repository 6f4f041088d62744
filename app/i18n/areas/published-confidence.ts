// The confidence figures frozen with a published version (ADR 0029): the chair's choice to show the
// jury's agreement publicly, the public wording of it, and the chair's view of what was stored.
const nb = {
  "publishedConfidence.showLabel": "Vis jurysamstemmighet på den offentlige siden",
  "publishedConfidence.showHint":
    "Viser Krippendorffs alfa over jurymedlemmenes totalpoeng, hva tallet betyr og hvordan det er regnet ut – aldri navn på jurymedlemmer. Valget fryses med versjonen.",
  "publishedConfidence.correctHint":
    "Valget gjelder den nye versjonen. Endrer du det, er endringen en del av rettelsen og står i versjonshistorikken.",
  "publishedConfidence.showInvalid": "Boksen for jurysamstemmighet kan bare krysses av eller stå tom.",
  "publishedConfidence.shown": "Jurysamstemmigheten vises på den offentlige siden.",
  "publishedConfidence.hidden": "Jurysamstemmigheten vises ikke på den offentlige siden.",
  "publishedConfidence.storedHeading": "Tallene som er lagret med versjon {version}",
  "publishedConfidence.storedIntro":
    "Regnet ut av de ferdige vurderingsskjemaene da versjonen ble laget, og låst med den. Navnene på jurymedlemmene ser bare du.",
  "publishedConfidence.notStored": "Denne versjonen ble laget før tallene ble lagret med resultatet.",
  "publishedConfidence.versionLink": "Tallene i versjon {version}",
  "publishedConfidence.public.heading": "Juryens samstemmighet",
  "publishedConfidence.public.figure":
    "Krippendorffs alfa: {alpha}, over {cases} saker med minst to juryskjemaer ({sheets} skjemaer).",
  "publishedConfidence.public.none":
    "Samstemmigheten kunne ikke måles: for få saker med mer enn ett juryskjema, eller ingen variasjon.",
  "publishedConfidence.public.method":
    "Metode: Krippendorffs alfa med intervallmetrikk, regnet over jurymedlemmenes vektede totalpoeng for hver sak. 1 er full enighet, 0 er ikke mer enighet enn tilfeldig.",
} as const;

export const publishedConfidenceMessages = {
  nb,
  en: {
    "publishedConfidence.showLabel": "Show the jury's agreement on the public page",
    "publishedConfidence.showHint":
      "Shows Krippendorff's alpha over the jurors' totals, what the figure means and how it is computed – never a juror's name. The choice is frozen with the version.",
    "publishedConfidence.correctHint":
      "The choice applies to the new version. Changing it is part of the correction and shows in the version history.",
    "publishedConfidence.showInvalid": "The jury's agreement box can only be ticked or left empty.",
    "publishedConfidence.shown": "The jury's agreement is shown on the public page.",
    "publishedConfidence.hidden": "The jury's agreement is not shown on the public page.",
    "publishedConfidence.storedHeading": "The figures stored with version {version}",
    "publishedConfidence.storedIntro":
      "Computed from the final sheets when the version was made, and frozen with it. Only you see the jurors' names.",
    "publishedConfidence.notStored": "This version was made before the figures were stored with the result.",
    "publishedConfidence.versionLink": "Figures of version {version}",
    "publishedConfidence.public.heading": "The jury's agreement",
    "publishedConfidence.public.figure":
      "Krippendorff's alpha: {alpha}, over {cases} cases with at least two jury sheets ({sheets} sheets).",
    "publishedConfidence.public.none":
      "The agreement could not be measured: too few cases with more than one jury sheet, or no variation.",
    "publishedConfidence.public.method":
      "Method: Krippendorff's alpha with the interval metric, computed over the jurors' weighted totals for each case. 1 is full agreement, 0 is no more agreement than chance.",
  } satisfies Record<keyof typeof nb, string>,
};
