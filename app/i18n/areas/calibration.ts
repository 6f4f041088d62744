// The calibration round (issue 16, ADR 0032): sample cases every juror scores first, and how their
// scores compare with the rest of the jury's.
const nb = {
  "freeze.calibration":
    "Resultatet for {year} ble publisert {published}; kalibreringen kan ikke lenger åpnes, endres eller lukkes.",
  "calibration.refused.locked": "Poenggivningen er låst; kalibreringen kan ikke åpnes, endres eller lukkes.",
  "calibration.refused.alreadyOpened": "Denne konkurransen har allerede en kalibreringsrunde.",
  "calibration.refused.notOpen": "Kalibreringsrunden er ikke åpen.",
  "calibration.refused.sheetsExist":
    "Prøvesakene kan ikke endres lenger: minst ett jurymedlem har begynt å vurdere dem.",
  "calibration.refused.sampleCount": "En kalibreringsrunde har én eller to prøvesaker.",
  "calibration.refused.calibrateFirst":
    "Kalibreringen kommer først: vurder prøvesakene før du lagrer vurderinger av ekte saker.",
  "calibration.sheet.alreadySubmitted": "Du har allerede levert skjemaet for denne prøvesaken. Det kan ikke endres.",
  "calibration.sample.incomplete": "Fyll ut tittel og alle tre steg for prøvesak 2, eller la den stå helt tom.",

  "calibration.title": "Kalibrering av juryen",
  "calibration.link": "Kalibreringsrunde med prøvesaker",
  "calibration.back": "Tilbake til juryoversikten",
  "calibration.intro":
    "Før juryen vurderer ekte saker, kan alle vurdere de samme én eller to prøvesakene og se hvordan poengene deres ligger an mot resten. Prøvesakene konkurrerer ikke: de er ikke saker, og kommer aldri i rangeringen, eksporten eller resultatene.",
  "calibration.weights": "Prøvesakene vurderes med konkurransens standardvekter: {weights}.",
  "calibration.state.none": "Ingen kalibreringsrunde er åpnet for denne konkurransen.",
  "calibration.state.open":
    "Kalibreringsrunden er åpen. Jurymedlemmer som ikke har levert, kan ikke lagre vurderinger av ekte saker.",
  "calibration.state.closed": "Kalibreringsrunden ble lukket {closed}.",
  "calibration.sample.heading": "Prøvesak {number}",
  "calibration.sample.optional": "Valgfri: la den stå tom for bare én prøvesak.",
  "calibration.sample.locked": "Prøvesakene kan ikke endres lenger, fordi juryen har begynt å vurdere dem.",
  "calibration.open": "Åpne kalibreringsrunden",
  "calibration.saveSamples": "Lagre prøvesakene",
  "calibration.close": "Lukk kalibreringsrunden",
  "calibration.closeHint":
    "Når runden er lukket, kan alle jurymedlemmer vurdere ekte saker, også de som ikke har levert.",
  "calibration.opened": "Kalibreringsrunden er åpnet.",
  "calibration.samplesSaved": "Prøvesakene er lagret.",
  "calibration.closed": "Kalibreringsrunden er lukket.",
  "calibration.chair.caption": "Skjemaer levert for «{title}» ({count})",
  "calibration.chair.none": "Ingen har levert skjema for denne prøvesaken ennå.",
  "calibration.col.juror": "Jurymedlem",
  "calibration.col.total": "Vektet sum",
  "calibration.col.difference": "Mot de andres median",
  "calibration.col.leaning": "Tendens",
  "calibration.spread": "Spredning i summene: {min}–{max} (avstand {range}).",
  "calibration.missing": "Ikke levert ennå ({count}): {names}.",
  "calibration.allDone": "Alle jurymedlemmer har levert.",
  "calibration.leaning.harsher": "Strengere",
  "calibration.leaning.milder": "Mildere",
  "calibration.leaning.inLine": "På linje",
  "calibration.leaning.unknown": "For få skjemaer",

  "calibration.dashboard.title": "Kalibrering først",
  "calibration.dashboard.intro":
    "Juryleder har åpnet en kalibreringsrunde i {competition}. Vurder prøvesakene under før du vurderer sakene dine; etterpå ser du hvordan poengene dine ligger an mot resten av juryen.",
  "calibration.dashboard.done":
    "Du har levert prøvesakene i kalibreringen i {competition}. Åpne dem for å se hvordan poengene dine ligger an mot resten av juryen.",
  "calibration.dashboard.doneTitle": "Kalibreringen",
  "calibration.caseNotice":
    "Kalibreringen kommer først. Vurder prøvesakene før du gir poeng til ekte saker; skjemaet her venter til du har levert.",
  "calibration.caseNoticeLink": "Gå til kalibreringen",
  "calibration.juror.pageTitle": "Prøvesak: {title}",
  "calibration.juror.notice":
    "Dette er en prøvesak til kalibreringen. Den konkurrerer ikke, og poengene dine her teller ikke i resultatet.",
  "calibration.juror.once":
    "Når du leverer skjemaet («Ferdigstill vurderingen»), kan det ikke endres. Da ser du hvordan poengene dine ligger an mot resten av juryen.",
  "calibration.juror.submitted": "Du har levert skjemaet for denne prøvesaken. Det kan ikke endres.",
  "calibration.juror.back": "Tilbake til sakene dine",
  "calibration.juror.closed": "Kalibreringen er stengt for endringer.",
  "calibration.compare.title": "Slik ligger du an",
  "calibration.compare.basis.one":
    "Sammenlignet med {count} annet levert skjema så langt. Ingen andre jurymedlemmer vises ved navn.",
  "calibration.compare.basis.other":
    "Sammenlignet med {count} andre leverte skjemaer så langt. Ingen andre jurymedlemmer vises ved navn.",
  "calibration.compare.noneYet":
    "Ingen andre har levert skjema for denne prøvesaken ennå. Kom tilbake senere for å se hvordan du ligger an.",
  "calibration.compare.caption": "Dine poeng mot de andre jurymedlemmenes",
  "calibration.compare.figure": "Hva",
  "calibration.compare.own": "Dine",
  "calibration.compare.median": "De andres median",
  "calibration.compare.range": "De andres spenn",
  "calibration.verdict.harsher":
    "Summen din er {difference} poeng under de andres median: du vurderer denne saken strengere enn resten av juryen.",
  "calibration.verdict.milder":
    "Summen din er {difference} poeng over de andres median: du vurderer denne saken mildere enn resten av juryen.",
  "calibration.verdict.inLine":
    "Summen din ligger nær de andres median: du vurderer denne saken på linje med resten av juryen.",
  "calibration.verdict.tooFew":
    "Når minst to andre har levert, får du vite om du vurderer strengere eller mildere enn resten.",
  "calibration.verdict.rule":
    "Strengere eller mildere betyr minst {threshold} poeng (en tidel av skalaen) fra medianen.",
} as const;

const en = {
  "freeze.calibration":
    "The result for {year} was published {published}; the calibration can no longer be opened, changed or closed.",
  "calibration.refused.locked": "Scoring is locked; the calibration cannot be opened, changed or closed.",
  "calibration.refused.alreadyOpened": "This competition already has a calibration round.",
  "calibration.refused.notOpen": "The calibration round is not open.",
  "calibration.refused.sheetsExist":
    "The sample cases can no longer change: at least one juror has begun scoring them.",
  "calibration.refused.sampleCount": "A calibration round has one or two sample cases.",
  "calibration.refused.calibrateFirst":
    "Calibration comes first: score the sample cases before you save assessments of real cases.",
  "calibration.sheet.alreadySubmitted": "You have already submitted the sheet for this sample case. It cannot change.",
  "calibration.sample.incomplete":
    "Fill in the title and all three steps of sample case 2, or leave it entirely empty.",

  "calibration.title": "Jury calibration",
  "calibration.link": "Calibration round with sample cases",
  "calibration.back": "Back to the jury overview",
  "calibration.intro":
    "Before the jury scores real cases, everyone can score the same one or two sample cases and see how their scores compare with the rest. Sample cases do not compete: they are not cases and never reach the ranking, the export or the results.",
  "calibration.weights": "Sample cases are scored with the competition's default weights: {weights}.",
  "calibration.state.none": "No calibration round has been opened for this competition.",
  "calibration.state.open":
    "The calibration round is open. Jurors who have not submitted cannot save assessments of real cases.",
  "calibration.state.closed": "The calibration round was closed {closed}.",
  "calibration.sample.heading": "Sample case {number}",
  "calibration.sample.optional": "Optional: leave it empty for a single sample case.",
  "calibration.sample.locked": "The sample cases can no longer change, because the jury has begun scoring them.",
  "calibration.open": "Open the calibration round",
  "calibration.saveSamples": "Save the sample cases",
  "calibration.close": "Close the calibration round",
  "calibration.closeHint": "Once the round is closed, every juror may score real cases, also those who did not submit.",
  "calibration.opened": "The calibration round is open.",
  "calibration.samplesSaved": "The sample cases are saved.",
  "calibration.closed": "The calibration round is closed.",
  "calibration.chair.caption": "Sheets submitted for “{title}” ({count})",
  "calibration.chair.none": "Nobody has submitted a sheet for this sample case yet.",
  "calibration.col.juror": "Juror",
  "calibration.col.total": "Weighted total",
  "calibration.col.difference": "Against the others' median",
  "calibration.col.leaning": "Leaning",
  "calibration.spread": "Spread of the totals: {min}–{max} (range {range}).",
  "calibration.missing": "Not submitted yet ({count}): {names}.",
  "calibration.allDone": "Every juror has submitted.",
  "calibration.leaning.harsher": "Harsher",
  "calibration.leaning.milder": "Milder",
  "calibration.leaning.inLine": "In line",
  "calibration.leaning.unknown": "Too few sheets",

  "calibration.dashboard.title": "Calibration first",
  "calibration.dashboard.intro":
    "The chair has opened a calibration round in {competition}. Score the sample cases below before your cases; afterwards you see how your scores compare with the rest of the jury.",
  "calibration.dashboard.done":
    "You have submitted the sample cases of the calibration in {competition}. Open them to see how your scores compare with the rest of the jury.",
  "calibration.dashboard.doneTitle": "The calibration",
  "calibration.caseNotice":
    "Calibration comes first. Score the sample cases before you score real cases; this sheet waits until you have submitted.",
  "calibration.caseNoticeLink": "Go to the calibration",
  "calibration.juror.pageTitle": "Sample case: {title}",
  "calibration.juror.notice":
    "This is a sample case for the calibration. It does not compete, and your scores here do not count in the result.",
  "calibration.juror.once":
    "Once you submit the sheet (“Finalise the assessment”), it cannot change. Then you see how your scores compare with the rest of the jury.",
  "calibration.juror.submitted": "You have submitted the sheet for this sample case. It cannot change.",
  "calibration.juror.back": "Back to your cases",
  "calibration.juror.closed": "The calibration is closed to changes.",
  "calibration.compare.title": "How you compare",
  "calibration.compare.basis.one": "Compared with {count} other sheet submitted so far. No other juror is named.",
  "calibration.compare.basis.other": "Compared with {count} other sheets submitted so far. No other juror is named.",
  "calibration.compare.noneYet":
    "Nobody else has submitted a sheet for this sample case yet. Come back later to see how you compare.",
  "calibration.compare.caption": "Your scores against the other jurors'",
  "calibration.compare.figure": "What",
  "calibration.compare.own": "Yours",
  "calibration.compare.median": "Others' median",
  "calibration.compare.range": "Others' range",
  "calibration.verdict.harsher":
    "Your total is {difference} points below the others' median: you judge this case more harshly than the rest of the jury.",
  "calibration.verdict.milder":
    "Your total is {difference} points above the others' median: you judge this case more mildly than the rest of the jury.",
  "calibration.verdict.inLine":
    "Your total is close to the others' median: you judge this case in line with the rest of the jury.",
  "calibration.verdict.tooFew":
    "Once at least two others have submitted, you learn whether you judge more harshly or mildly than the rest.",
  "calibration.verdict.rule":
    "Harsher or milder means at least {threshold} points (a tenth of the scale) from the median.",
} satisfies Record<keyof typeof nb, string>;

export const calibrationMessages = { nb, en };
