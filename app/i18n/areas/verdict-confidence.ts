const nb = {
  "confidence.heading": "Hvor sikker er rangeringen?",
  "confidence.intro":
    "Tallene under bygger på de ferdige vurderingsskjemaene i runden og rangeringsmetoden {method}. De viser hvor enige jurymedlemmene er, om ett jurymedlem avgjør resultatet, og om avstandene i toppen er større enn støyen. Jurymedlemmenes navn vises bare for juryleder.",
  "confidence.agreement.heading": "Enighet i juryen",
  "confidence.agreement.category":
    "{category}: Krippendorffs alfa {alpha} over {units} saker med minst to skjemaer ({values} skjemaer).",
  "confidence.agreement.competition":
    "Hele konkurransen: Krippendorffs alfa {alpha} over {units} saker ({values} skjemaer).",
  "confidence.agreement.none":
    "{scope}: for lite data til å måle enighet (minst to saker med to skjemaer og noe variasjon).",
  "confidence.agreement.scopeCompetition": "Hele konkurransen",
  "confidence.reading.good":
    "God enighet (≥ 0,80): jurymedlemmene ser sakene nokså likt, og rekkefølgen kan leses som juryens felles syn.",
  "confidence.reading.moderate":
    "Middels enighet (0,667–0,80): rekkefølgen holder i grove trekk, men små avstander kan skyldes hvem som vurderte saken.",
  "confidence.reading.weak":
    "Svak enighet (under 0,667): jurymedlemmene vurderer sakene ulikt; plassene sier mye om hvem som vurderte, og bør leses med forsiktighet.",
  "confidence.reading.insufficient": "Ikke nok data til å si noe om enigheten.",
  "confidence.perStep": "Alfa per steg",
  "confidence.perStep.none": "–",
  "confidence.severity.heading": "Strenghet per jurymedlem",
  "confidence.severity.explain":
    "Snittet av jurymedlemmets sum minus snittet av de andre jurymedlemmenes sum på de samme sakene. Negativt er strengere enn resten, positivt mildere.",
  "confidence.severity.juror": "Jurymedlem",
  "confidence.severity.value": "Strenghet",
  "confidence.severity.cases": "Saker",
  "confidence.severity.flag": "Merknad",
  "confidence.severity.outlier": "Langt fra resten",
  "confidence.severity.none": "Ingen saker med mer enn ett skjema ennå.",
  "confidence.severity.competition": "Strenghet over hele konkurransen",
  "confidence.severity.hint":
    "Ett eller flere jurymedlemmer skiller seg tydelig ut. Metoden «Normalisert per jurymedlem» retter for slike vaner, og kan gi en rettferdigere rangering.",
  "confidence.severity.rule":
    "Merket når det bygger på minst 3 saker og avviket er større enn både to standardavvik av de andres strenghet og en tidel av skalaen.",
  "confidence.stability.heading": "Stabilitet uten ett jurymedlem",
  "confidence.stability.explain":
    "Rangeringen beregnet på nytt med samme metode, med ett jurymedlem utelatt om gangen ({count} prøvd). Beste og dårligste plass saken får.",
  "confidence.stability.case": "Sak",
  "confidence.stability.rank": "Plass",
  "confidence.stability.best": "Beste",
  "confidence.stability.worst": "Dårligste",
  "confidence.stability.stable": "Ingen enkelt jurymedlem endrer vinneren eller finalistene (de {count} beste).",
  "confidence.stability.winner": "Uten {juror} ville vinneren vært {cases}.",
  "confidence.stability.finalists": "Uten {juror} ville finalistene (de {count} beste) vært andre.",
  "confidence.stability.noWinner": "Uten {juror} ville ingen sak hatt nok ferdige skjemaer til å vinne.",
  "confidence.intervals.heading": "Usikkerhet per sak",
  "confidence.intervals.explain":
    "Poengsum med 95 %-intervall for snittet (t-fordeling over sakens skjemaer) og spennet fra laveste til høyeste jurymedlems sum.",
  "confidence.intervals.chartLabel":
    "Diagram: hver sak på denne siden med poengsum som punkt, 95 %-intervall som tykk strek og jurymedlemmenes spenn som tynn strek. Tallene står i tabellen under.",
  "confidence.intervals.score": "Poengsum",
  "confidence.intervals.interval": "95 %-intervall",
  "confidence.intervals.range": "Laveste–høyeste",
  "confidence.intervals.oneSheet": "ett skjema",
  "confidence.margins.heading": "Avstander i toppen",
  "confidence.margins.photo":
    "Fotofinish mellom plass {upper} og {lower} ({upperCase} og {lowerCase}): avstanden {gap} er mindre enn den samlede usikkerheten {error}.",
  "confidence.margins.clear":
    "Plass {upper} og {lower} ({upperCase} og {lowerCase}): avstanden {gap} er større enn den samlede usikkerheten {error}.",
  "confidence.margins.unknown":
    "Plass {upper} og {lower} ({upperCase} og {lowerCase}): avstanden {gap} kan ikke vurderes, en av sakene har bare ett skjema.",
  "confidence.margins.overlap": "95 %-intervallene overlapper.",
  "confidence.margins.cut": "Finalistgrensen",
  "confidence.margins.rule": "Fotofinish: avstanden er mindre enn standardfeilen for differansen, √(SE₁² + SE₂²).",
  "confidence.weights.heading": "Følsomhet for vektene",
  "confidence.weights.none": "Ingen endring av ett stegs vekt med ±10 prosentpoeng endrer vinneren.",
  "confidence.weights.winner": "Vinneren endres hvis {changes}.",
  "confidence.weights.podium": "Pallen (plass 1–3) endres, men ikke vinneren, hvis {changes}.",
  "confidence.weights.change": "{step} får {percent} %",
  "confidence.weights.or": " eller ",
} as const;

const en: Record<keyof typeof nb, string> = {
  "confidence.heading": "How sure is the ranking?",
  "confidence.intro":
    "The figures below rest on the round's final sheets and the ranking method {method}. They show how far the jurors agree, whether one juror decides the result, and whether the gaps at the top are larger than the noise. Jurors' names are shown to the chair only.",
  "confidence.agreement.heading": "Agreement in the jury",
  "confidence.agreement.category":
    "{category}: Krippendorff's alpha {alpha} over {units} cases with at least two sheets ({values} sheets).",
  "confidence.agreement.competition":
    "Whole competition: Krippendorff's alpha {alpha} over {units} cases ({values} sheets).",
  "confidence.agreement.none":
    "{scope}: too little data to measure agreement (at least two cases with two sheets and some variation).",
  "confidence.agreement.scopeCompetition": "Whole competition",
  "confidence.reading.good":
    "Good agreement (≥ 0.80): the jurors see the cases much alike, and the order reads as the jury's shared view.",
  "confidence.reading.moderate":
    "Moderate agreement (0.667–0.80): the order holds broadly, but small gaps may come from who scored the case.",
  "confidence.reading.weak":
    "Weak agreement (below 0.667): the jurors judge the cases differently; places say much about who scored them and should be read with care.",
  "confidence.reading.insufficient": "Not enough data to say anything about agreement.",
  "confidence.perStep": "Alpha per step",
  "confidence.perStep.none": "–",
  "confidence.severity.heading": "Severity per juror",
  "confidence.severity.explain":
    "The mean of the juror's total minus the mean of the other jurors' totals on the same cases. Negative is stricter than the rest, positive more lenient.",
  "confidence.severity.juror": "Juror",
  "confidence.severity.value": "Severity",
  "confidence.severity.cases": "Cases",
  "confidence.severity.flag": "Note",
  "confidence.severity.outlier": "Far from the rest",
  "confidence.severity.none": "No cases with more than one sheet yet.",
  "confidence.severity.competition": "Severity over the whole competition",
  "confidence.severity.hint":
    'One or more jurors stand clearly apart. The method "Normalised per juror" corrects for such habits and may give a fairer ranking.',
  "confidence.severity.rule":
    "Flagged when it rests on at least 3 cases and is larger than both two standard deviations of the others' severity and a tenth of the scale.",
  "confidence.stability.heading": "Stability without one juror",
  "confidence.stability.explain":
    "The ranking computed again with the same method, leaving one juror out at a time ({count} tried). The best and worst place each case reaches.",
  "confidence.stability.case": "Case",
  "confidence.stability.rank": "Place",
  "confidence.stability.best": "Best",
  "confidence.stability.worst": "Worst",
  "confidence.stability.stable": "No single juror changes the winner or the finalists (the top {count}).",
  "confidence.stability.winner": "Without {juror} the winner would be {cases}.",
  "confidence.stability.finalists": "Without {juror} the finalists (the top {count}) would be different.",
  "confidence.stability.noWinner": "Without {juror} no case would have enough final sheets to win.",
  "confidence.intervals.heading": "Uncertainty per case",
  "confidence.intervals.explain":
    "Score with a 95 % interval of the mean (t distribution over the case's sheets) and the range from the lowest to the highest juror's total.",
  "confidence.intervals.chartLabel":
    "Chart: each case on this page with its score as a dot, the 95 % interval as a thick line and the jurors' range as a thin line. The figures are in the table below.",
  "confidence.intervals.score": "Score",
  "confidence.intervals.interval": "95 % interval",
  "confidence.intervals.range": "Lowest–highest",
  "confidence.intervals.oneSheet": "one sheet",
  "confidence.margins.heading": "Gaps at the top",
  "confidence.margins.photo":
    "Photo finish between places {upper} and {lower} ({upperCase} and {lowerCase}): the gap {gap} is smaller than the combined uncertainty {error}.",
  "confidence.margins.clear":
    "Places {upper} and {lower} ({upperCase} and {lowerCase}): the gap {gap} is larger than the combined uncertainty {error}.",
  "confidence.margins.unknown":
    "Places {upper} and {lower} ({upperCase} and {lowerCase}): the gap {gap} cannot be judged, one of the cases has a single sheet.",
  "confidence.margins.overlap": "The 95 % intervals overlap.",
  "confidence.margins.cut": "The finalist cut",
  "confidence.margins.rule":
    "Photo finish: the gap is smaller than the standard error of the difference, √(SE₁² + SE₂²).",
  "confidence.weights.heading": "Sensitivity to the weights",
  "confidence.weights.none": "No change of one step's weight by ±10 percentage points changes the winner.",
  "confidence.weights.winner": "The winner changes if {changes}.",
  "confidence.weights.podium": "The podium (places 1–3) changes, but not the winner, if {changes}.",
  "confidence.weights.change": "{step} gets {percent} %",
  "confidence.weights.or": " or ",
};

export const verdictConfidenceMessages = { nb, en };
