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
import type { Messages } from "./messages.ts";

export const en: Messages = {
  ...accountMessages.en,
  ...membershipMessages.en,
  ...caseMessages.en,
  ...caseVersionMessages.en,
  ...competitionMessages.en,
  ...juryMessages.en,
  ...conflictMessages.en,
  ...rankingMessages.en,
  ...rankingRulesMessages.en,
  ...reminderMessages.en,
  ...verdictConfidenceMessages.en,
  ...stepMessages.en,
  ...publicationMessages.en,
  ...shortOfSheetsMessages.en,
  ...publishedConfidenceMessages.en,
  ...ownSheetsMessages.en,
  ...calibrationMessages.en,
  ...publicationFreezeMessages.en,
  ...personalDataMessages.en,
  ...requestEdgeMessages.en,
  ...auditMessages.en,
  ...listMessages.en,
  ...limitMessages.en,
  ...autosaveMessages.en,
  ...deliveryMessages.en,
  ...mailingMessages.en,
  ...blindFileMessages.en,
  ...assignmentPlanMessages.en,
  ...finalRoundMessages.en,
  ...refusalMessages.en,
  "app.name": "Kundeservice Awards",
  "app.tagline": "The competition for Norway's best customer service",
  "nav.skipToContent": "Skip to content",
  "nav.main": "Main menu",
  "nav.home": "Home",
  "nav.entrant": "My page",
  "nav.jury": "Jury work",
  "nav.chair": "Jury chair",
  "nav.login": "Log in",
  "nav.register": "Register company",
  "nav.logout": "Log out",
  "nav.signedInAs": "Signed in as {name}",
  "language.switch": "Norsk",
  "language.switchHint": "Bytt til norsk",
  "footer.text": "Kundeservice Awards is organised by ANFO and Virke.",

  "landing.title": "Finding Norway's best customer service",
  "landing.intro":
    "Kundeservice Awards honours companies that promise their customers something concrete, and keep that promise. Each company submits a case about its service promise, and a jury of professionals assesses every case on the same three steps.",
  "landing.stepsTitle": "The three steps the jury assesses",
  "landing.step1.title": "1. The service promise",
  "landing.step1.body":
    "What do you promise your customers? A good promise is clear, bold and about what customers actually care about.",
  "landing.step2.title": "2. Anchoring",
  "landing.step2.body":
    "Do the people answering the phone and meeting customers know the promise as well as management does? Does it have limits, and do you state them honestly?",
  "landing.step3.title": "3. Delivery",
  "landing.step3.body":
    "How do you keep the promise day to day — before, during and after the purchase? Show culture, routines, training, measurements and results.",
  "landing.deadlineTitle": "Submission deadline",
  "landing.deadline": "{competition}: cases must be submitted by {deadline}.",
  "landing.opens": "{competition}: submissions open {opens}. The deadline is {deadline}.",
  "landing.noneOpen": "No competition is open for submissions right now. Check back here for next year's deadline.",
  "landing.cta": "Register your company and write your case",
  "landing.ctaLoggedIn": "Go to your page",
  "landing.description": "Kundeservice Awards – the competition for the best customer service in Norway.",

  "form.required": "Please fill in this field.",
  "form.email.invalid": "Enter a valid e-mail address, for example name@company.no.",
  "form.tooLong": "Use at most {max} characters.",

  "account.name": "Full name",
  "account.email": "E-mail",
  "account.password": "Password",
  "account.passwordHint":
    "At least {min} characters. A sentence of several words is easy to remember and hard to guess.",
  "account.password.tooShort": "The password must have at least {min} characters.",
  "account.password.tooLong": "The password can have at most {max} characters.",
  "account.password.sameAsEmail": "The password cannot be the same as the e-mail address.",
  "account.email.taken": "An account with this e-mail address already exists. Log in instead.",
  "account.organisationName": "Company name",
  "account.orgNumber": "Organisation number",
  "account.orgNumberHint": "Nine digits, as registered in the Brønnøysund Register Centre.",
  "account.orgNumber.invalid":
    "The organisation number must have nine digits and a valid check digit. Check that it is typed correctly.",

  "register.title": "Register your company",
  "register.intro": "Create an account for your company. Then you can write and submit your case.",
  "register.submit": "Create account",
  "register.haveAccount": "Already have an account?",

  "login.title": "Log in",
  "login.submit": "Log in",
  "login.wrongCredentials": "Wrong e-mail or password.",
  "login.lockedOut": "Too many failed attempts. Wait {minutes} minutes before trying again.",
  "login.busy": "Many people are logging in right now. Try again in a moment.",
  "login.noAccount": "New here?",

  "setup.title": "Create the jury chair",
  "setup.intro":
    "This page is only shown before the portal has a jury chair. The account you create here runs the competition: categories, deadlines, jury and results.",
  "setup.submit": "Create jury chair",
  "setup.invalidLink": "The link is invalid or already used. Restart the server to get a new link.",

  "entrant.title": "My page",
  "entrant.organisation": "Company",
  "entrant.orgNumber": "Org. no. {number}",
  "entrant.noCompetition": "No competition is open for submissions now.",
  "entrant.competition": "{competition}: the submission deadline is {deadline}.",

  "jury.title": "Jury work",
  "jury.noAssignments": "No cases have been assigned to you yet. The jury chair assigns cases when submissions close.",

  "chair.title": "Jury chair",
  "chair.competitions": "Competitions",
  "chair.noCompetitions": "No competitions have been set up yet.",
  "chair.competitionYear": "Year",
  "chair.competitionName": "Name",
  "chair.competitionDeadline": "Submission deadline",
  "chair.competitionScoringDeadline": "Jury deadline",
  "chair.stats": "Participants",
  "chair.statsOrganisations": "Companies: {count}",
  "chair.statsEntrants": "Contacts: {count}",
  "chair.statsJurors": "Jurors: {count}",

  "error.notFound.title": "Page not found",
  "error.notFound.body":
    "We could not find the page you were looking for. It may have moved, or you may not have access to it.",
  "error.forbidden.title": "No access",
  "error.forbidden.body": "Your account does not have access to this page.",
  "error.server.title": "Something went wrong",
  "error.server.body": "An error occurred on our side. Please try again shortly. Nothing you saved has been lost.",
  "error.backHome": "Back to the home page",
};
