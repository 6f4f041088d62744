// How pages reach the reader: the search-result descriptions of the public pages, and the short
// page sent when a page took too long to render (app/utils/render-stream.server.ts).
const nb = {
  "meta.results":
    "Resultatene fra Kundeservice Awards {year}: finalistene og vinnerne i konkurransen om Norges beste kundeservice.",
  "meta.login":
    "Logg inn i Kundeservice Awards for å skrive og sende inn bedriftens sak, vurdere saker i juryen eller lede juryens arbeid.",
  "meta.register":
    "Registrer bedriften i Kundeservice Awards og send inn en sak om serviceløftet deres til konkurransen om Norges beste kundeservice.",
  "meta.forgotPassword": "Glemt passordet til Kundeservice Awards? Få en lenke på e-post, og velg et nytt passord.",
  "edge.renderTimeout.title": "Siden tok for lang tid",
  "edge.renderTimeout.body":
    "Portalen brukte for lang tid på å lage siden, trolig fordi mange bruker den akkurat nå. Det du har lagret er ikke tapt. Prøv igjen om litt.",
} as const;

export const deliveryMessages = {
  nb,
  en: {
    "meta.results":
      "The results of Kundeservice Awards {year}: the finalists and winners of the competition for the best customer service in Norway.",
    "meta.login":
      "Sign in to Kundeservice Awards to write and submit your company's case, assess cases on the jury or lead the jury's work.",
    "meta.register":
      "Register your company with Kundeservice Awards and submit a case about your service promise to the competition for the best customer service in Norway.",
    "meta.forgotPassword": "Forgot your Kundeservice Awards password? Get a link by e-mail and choose a new one.",
    "edge.renderTimeout.title": "The page took too long",
    "edge.renderTimeout.body":
      "The portal took too long to make this page, probably because many people are using it right now. Nothing you saved has been lost. Please try again in a moment.",
  } satisfies Record<keyof typeof nb, string>,
};
