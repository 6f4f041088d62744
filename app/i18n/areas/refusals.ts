// Refusals the error page explains: a title per status, and the words for a refusal that brings no
// message of its own. A refusal that names its reason (a domain rule) shows that reason instead.
const nb = {
  "refusal.badRequest.title": "Det gikk ikke",
  "refusal.badRequest.body": "Forespørselen kunne ikke brukes. Gå tilbake og prøv igjen.",
  "refusal.conflict.title": "Det går ikke nå",
  "refusal.conflict.body":
    "Handlingen passer ikke med det som gjelder nå. Gå tilbake til siden og se hvordan det står.",
  "refusal.rateLimited.title": "For mange forsøk",
  "refusal.rateLimited.body": "Du har prøvd for mange ganger på kort tid. Vent litt og prøv igjen.",
  "refusal.refusedTitle": "Ikke tillatt",
  "refusal.backToPage": "Tilbake til siden",
  "refusal.noResults": "Det finnes ingen publiserte resultater for {year}.",
} as const;

export const refusalMessages = {
  nb,
  en: {
    "refusal.badRequest.title": "That did not work",
    "refusal.badRequest.body": "The request could not be used. Go back and try again.",
    "refusal.conflict.title": "Not possible right now",
    "refusal.conflict.body":
      "The action does not fit how things stand now. Go back to the page to see where things are.",
    "refusal.rateLimited.title": "Too many attempts",
    "refusal.rateLimited.body": "You have tried too many times in a short while. Wait a little and try again.",
    "refusal.refusedTitle": "Not allowed",
    "refusal.backToPage": "Back to the page",
    "refusal.noResults": "There are no published results for {year}.",
  } satisfies Record<keyof typeof nb, string>,
};
