import { accountMessages } from "./areas/accounts.ts";
import { membershipMessages } from "./areas/membership.ts";
import { caseMessages } from "./areas/cases.ts";
import { caseVersionMessages } from "./areas/case-versions.ts";
import { competitionMessages } from "./areas/competitions.ts";
import { conflictMessages } from "./areas/conflicts.ts";
import { juryMessages } from "./areas/jury.ts";
import { personalDataMessages } from "./areas/personal-data.ts";
import { requestEdgeMessages } from "./areas/request-edge.ts";
import { limitMessages } from "./areas/limits.ts";
import { autosaveMessages } from "./areas/autosave.ts";
import { publicationMessages } from "./areas/publication.ts";
import { publishedConfidenceMessages } from "./areas/published-confidence.ts";
import { shortOfSheetsMessages } from "./areas/short-of-sheets.ts";
import { ownSheetsMessages } from "./areas/own-sheets.ts";
import { calibrationMessages } from "./areas/calibration.ts";
import { publicationFreezeMessages } from "./areas/publication-freeze.ts";
import { rankingMessages } from "./areas/ranking.ts";
import { stepMessages } from "./areas/steps.ts";
import { auditMessages } from "./areas/audit.ts";
import { listMessages } from "./areas/lists.ts";
import { deliveryMessages } from "./areas/delivery.ts";
import { mailingMessages } from "./areas/mailings.ts";
import { blindFileMessages } from "./areas/blind-files.ts";
import { assignmentPlanMessages } from "./areas/assignment-plan.ts";
import { finalRoundMessages } from "./areas/final-round.ts";
import { refusalMessages } from "./areas/refusals.ts";
import { rankingRulesMessages } from "./areas/ranking-rules.ts";
import { reminderMessages } from "./areas/reminders.ts";
import { verdictConfidenceMessages } from "./areas/verdict-confidence.ts";

// Norsk bokmål: the default language and the source of every message key. Feature areas keep
// their texts in app/i18n/areas/*.ts (both languages side by side) and are spread in here.
const core = {
  "app.name": "Kundeservice Awards",
  "app.tagline": "Konkurransen om Norges beste kundeservice",
  "nav.skipToContent": "Hopp til innhold",
  "nav.main": "Hovedmeny",
  "nav.home": "Forside",
  "nav.entrant": "Min side",
  "nav.jury": "Juryoppgaver",
  "nav.chair": "Juryleder",
  "nav.login": "Logg inn",
  "nav.register": "Registrer bedrift",
  "nav.logout": "Logg ut",
  "nav.signedInAs": "Innlogget som {name}",
  "language.switch": "English",
  "language.switchHint": "Switch to English",
  "footer.text": "Kundeservice Awards arrangeres av ANFO og Virke.",

  "landing.title": "Kåringen av Norges beste kundeservice",
  "landing.intro":
    "Kundeservice Awards hedrer virksomheter som lover kundene sine noe konkret, og som holder det de lover. Bedriften sender inn en sak om sitt serviceløfte, og en jury av fagfolk vurderer alle sakene etter de samme tre stegene.",
  "landing.stepsTitle": "De tre stegene juryen vurderer",
  "landing.step1.title": "1. Serviceløftet",
  "landing.step1.body":
    "Hva lover dere kundene? Et godt løfte er tydelig, modig og handler om det kundene faktisk bryr seg om.",
  "landing.step2.title": "2. Forankring",
  "landing.step2.body":
    "Kjenner de som svarer på telefonen og møter kundene løftet like godt som ledelsen? Har løftet grenser, og sier dere dem ærlig?",
  "landing.step3.title": "3. Realisering",
  "landing.step3.body":
    "Hvordan holder dere løftet i hverdagen – før, under og etter kjøpet? Vis kultur, rutiner, opplæring, målinger og resultater.",
  "landing.deadlineTitle": "Frist for å sende inn",
  "landing.deadline": "{competition}: saker må være sendt inn innen {deadline}.",
  "landing.opens": "{competition}: innsendingen åpner {opens}. Fristen er {deadline}.",
  "landing.noneOpen": "Ingen konkurranse er åpen for innsending akkurat nå. Følg med her for neste års frist.",
  "landing.cta": "Registrer bedriften og skriv saken",
  "landing.ctaLoggedIn": "Gå til din side",
  "landing.description": "Kundeservice Awards – konkurransen om Norges beste kundeservice.",

  "form.required": "Fyll ut feltet.",
  "form.email.invalid": "Skriv en gyldig e-postadresse, for eksempel navn@bedrift.no.",
  "form.tooLong": "Bruk høyst {max} tegn.",

  "account.name": "Fullt navn",
  "account.email": "E-post",
  "account.password": "Passord",
  "account.passwordHint": "Minst {min} tegn. En setning på flere ord er lett å huske og vanskelig å gjette.",
  "account.password.tooShort": "Passordet må ha minst {min} tegn.",
  "account.password.tooLong": "Passordet kan ha høyst {max} tegn.",
  "account.password.sameAsEmail": "Passordet kan ikke være det samme som e-postadressen.",
  "account.email.taken": "Det finnes allerede en konto med denne e-postadressen. Logg inn i stedet.",
  "account.organisationName": "Bedriftens navn",
  "account.orgNumber": "Organisasjonsnummer",
  "account.orgNumberHint": "Ni siffer, slik det står i Brønnøysundregistrene.",
  "account.orgNumber.invalid":
    "Organisasjonsnummeret må ha ni siffer og et gyldig kontrollsiffer. Sjekk at det er skrevet riktig.",

  "register.title": "Registrer bedriften",
  "register.intro": "Lag en konto for bedriften. Etterpå kan du skrive og sende inn saken deres.",
  "register.submit": "Opprett konto",
  "register.haveAccount": "Har du allerede en konto?",

  "login.title": "Logg inn",
  "login.submit": "Logg inn",
  "login.wrongCredentials": "Feil e-post eller passord.",
  "login.lockedOut": "For mange mislykkede forsøk. Vent {minutes} minutter før du prøver igjen.",
  "login.busy": "Mange logger inn akkurat nå. Prøv igjen om et øyeblikk.",
  "login.noAccount": "Ny her?",

  "setup.title": "Opprett juryleder",
  "setup.intro":
    "Denne siden vises bare før portalen har en juryleder. Kontoen du lager her styrer konkurransen: kategorier, frister, jury og resultater.",
  "setup.submit": "Opprett juryleder",
  "setup.invalidLink": "Lenken er ugyldig eller allerede brukt. Start serveren på nytt for å få en ny lenke.",

  "entrant.title": "Min side",
  "entrant.organisation": "Bedrift",
  "entrant.orgNumber": "Org.nr. {number}",
  "entrant.noCompetition": "Ingen konkurranse er åpen for innsending nå.",
  "entrant.competition": "{competition}: fristen for innsending er {deadline}.",

  "jury.title": "Juryoppgaver",
  "jury.noAssignments":
    "Du har ikke fått tildelt noen saker ennå. Juryleder fordeler sakene når innsendingen er stengt.",

  "chair.title": "Juryleder",
  "chair.competitions": "Konkurranser",
  "chair.noCompetitions": "Ingen konkurranser er satt opp ennå.",
  "chair.competitionYear": "År",
  "chair.competitionName": "Navn",
  "chair.competitionDeadline": "Innsendingsfrist",
  "chair.competitionScoringDeadline": "Frist for juryen",
  "chair.stats": "Påmeldte",
  "chair.statsOrganisations": "Bedrifter: {count}",
  "chair.statsEntrants": "Kontakter: {count}",
  "chair.statsJurors": "Jurymedlemmer: {count}",

  "error.notFound.title": "Siden finnes ikke",
  "error.notFound.body": "Vi fant ikke siden du lette etter. Den kan være flyttet, eller du har ikke tilgang til den.",
  "error.forbidden.title": "Ingen tilgang",
  "error.forbidden.body": "Kontoen din har ikke tilgang til denne siden.",
  "error.server.title": "Noe gikk galt",
  "error.server.body": "Det oppstod en feil hos oss. Prøv igjen om litt. Det du har lagret er ikke tapt.",
  "error.backHome": "Til forsiden",
} as const;

export const nb = {
  ...core,
  ...accountMessages.nb,
  ...membershipMessages.nb,
  ...caseMessages.nb,
  ...caseVersionMessages.nb,
  ...competitionMessages.nb,
  ...juryMessages.nb,
  ...conflictMessages.nb,
  ...rankingMessages.nb,
  ...rankingRulesMessages.nb,
  ...reminderMessages.nb,
  ...verdictConfidenceMessages.nb,
  ...stepMessages.nb,
  ...publicationMessages.nb,
  ...shortOfSheetsMessages.nb,
  ...publishedConfidenceMessages.nb,
  ...ownSheetsMessages.nb,
  ...calibrationMessages.nb,
  ...publicationFreezeMessages.nb,
  ...personalDataMessages.nb,
  ...requestEdgeMessages.nb,
  ...auditMessages.nb,
  ...listMessages.nb,
  ...limitMessages.nb,
  ...autosaveMessages.nb,
  ...deliveryMessages.nb,
  ...mailingMessages.nb,
  ...blindFileMessages.nb,
  ...assignmentPlanMessages.nb,
  ...finalRoundMessages.nb,
  ...refusalMessages.nb,
} as const;
