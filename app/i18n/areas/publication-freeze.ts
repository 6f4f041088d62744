// Refusals after publishing name the publication ({year}, and its time in the reader's language:
// {published} / {published}, both given by the domain), and what publishing still waits for.
const nb = {
  "freeze.settings":
    "Resultatet for {year} ble publisert {published}; år, skala, minste antall skjemaer, standardvekter, innleveringsfrist og blind vurdering står fast.",
  "freeze.categories": "Resultatet for {year} ble publisert {published}; kategoriene og vektene deres står fast.",
  "freeze.method": "Resultatet for {year} ble publisert {published}; rangeringsmetoden står fast.",
  "freeze.case":
    "Resultatet for {year} ble publisert {published}; sakene kan ikke lenger endres, sendes inn, gjenåpnes, trekkes, gjenopprettes eller diskvalifiseres.",
  "freeze.sheet": "Resultatet for {year} ble publisert {published}; vurderingsskjemaene står fast.",
  "freeze.scoringLock":
    "Resultatet for {year} ble publisert {published}; poenggivningen er låst for godt og kan ikke åpnes igjen.",
  "freeze.assignments":
    "Resultatet for {year} ble publisert {published}; jurytildelingene og habilitetssvarene står fast.",
  "freeze.reminder":
    "Resultatet for {year} ble publisert {published}; runden er avsluttet, og juryen får ingen påminnelser om den.",
  "freeze.settingsNote":
    "Resultatet er publisert, så det som rangeringen bygger på (år, skala, minste antall skjemaer, vekter, frist og blind vurdering), vises bare.",
  "publish.beforeDeadline":
    "Innleveringsfristen har ikke gått ut ennå; sakene kan fortsatt endres. Publiser etter fristen.",
  "publish.waitsForDeadline": "Kan publiseres når innleveringsfristen har gått ut ({deadline}).",
} as const;

const en = {
  "freeze.settings":
    "The result for {year} was published {published}; the year, scale, minimum sheets, default weights, submission deadline and blind judging stand.",
  "freeze.categories": "The result for {year} was published {published}; the categories and their weights stand.",
  "freeze.method": "The result for {year} was published {published}; the ranking method stands.",
  "freeze.case":
    "The result for {year} was published {published}; cases can no longer be changed, submitted, reopened, withdrawn, restored or disqualified.",
  "freeze.sheet": "The result for {year} was published {published}; the score sheets stand.",
  "freeze.scoringLock":
    "The result for {year} was published {published}; scoring is locked for good and cannot reopen.",
  "freeze.assignments":
    "The result for {year} was published {published}; the jury assignments and conflict answers stand.",
  "freeze.reminder":
    "The result for {year} was published {published}; the round is over and the jury gets no reminders about it.",
  "freeze.settingsNote":
    "The result is published, so what the ranking rests on (year, scale, minimum sheets, weights, deadline and blind judging) is shown only.",
  "publish.beforeDeadline":
    "The submission deadline has not passed; cases can still change. Publish after the deadline.",
  "publish.waitsForDeadline": "Can be published once the submission deadline has passed ({deadline}).",
} satisfies Record<keyof typeof nb, string>;

export const publicationFreezeMessages = { nb, en };
