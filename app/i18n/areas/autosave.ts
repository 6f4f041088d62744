// The case editor's autosave: a colleague's edit merged field by field, text over a limit kept and
// flagged, and a lost session answered in place with a way to log in again.
const nb = {
  "case.field.farTooLong": "Teksten er altfor lang til å lagres. Kort den ned til grensen som står under feltet.",
  "case.field.overLimitFlag": "Lagret, men saken kan ikke sendes inn før teksten er kortet ned.",
  "case.base.invalid": "Skjemaet kom ikke fram helt. Last inn siden på nytt.",
  "case.merge.conflict":
    "En annen person i bedriften lagret saken mens du skrev. Feltene bare én av dere endret er slått sammen og lagret. Velg hva som skal stå i feltene dere begge endret.",
  "case.merge.submitStale":
    "En kollega lagret saken mens du skrev. Endringene deres er slått sammen med dine. Se over teksten og send inn på nytt.",
  "case.merge.field": "{field}: begge har endret feltet",
  "case.merge.mine": "Din tekst",
  "case.merge.theirs": "Lagret av {name} {time}",
  "case.merge.keepMine": "Behold min",
  "case.merge.takeTheirs": "Bruk deres",
  "case.merge.combine": "Slå sammen og rediger",
  "case.merge.saveMine": "Lagre min tekst i feltene over",
  "case.session.lost":
    "Du er logget ut. Teksten din er ikke borte: den står her og er tatt vare på i nettleseren. Logg inn igjen, så lagres den.",
  "case.session.login": "Logg inn og lagre",
  "case.session.newTab": "eller logg inn i en ny fane",
  "case.session.wrong": "Feil e-post eller passord.",
  "case.session.busy": "For mange forsøk akkurat nå. Prøv igjen om litt, eller logg inn i en ny fane.",
  "case.session.saved": "Du er logget inn igjen, og teksten er lagret.",
} as const;

export const autosaveMessages = {
  nb,
  en: {
    "case.field.farTooLong": "The text is far too long to be saved. Shorten it to the limit shown below the field.",
    "case.field.overLimitFlag": "Saved, but the case cannot be submitted until the text is shortened.",
    "case.base.invalid": "The form did not arrive whole. Reload the page.",
    "case.merge.conflict":
      "Someone else in your company saved the case while you were writing. Fields only one of you changed are merged and saved. Choose what the fields you both changed should say.",
    "case.merge.submitStale":
      "A colleague saved the case while you were writing. Their changes are merged with yours. Check the text and submit again.",
    "case.merge.field": "{field}: you both changed this field",
    "case.merge.mine": "Your text",
    "case.merge.theirs": "Saved by {name} {time}",
    "case.merge.keepMine": "Keep mine",
    "case.merge.takeTheirs": "Use theirs",
    "case.merge.combine": "Combine and edit",
    "case.merge.saveMine": "Save my text in the fields above",
    "case.session.lost":
      "You have been logged out. Your text is not lost: it is still here and kept in the browser. Log in again and it will be saved.",
    "case.session.login": "Log in and save",
    "case.session.newTab": "or log in in a new tab",
    "case.session.wrong": "Wrong e-mail or password.",
    "case.session.busy": "Too many attempts right now. Try again in a moment, or log in in a new tab.",
    "case.session.saved": "You are logged in again, and your text is saved.",
  } satisfies Record<keyof typeof nb, string>,
};
