// Requests the server refuses before (or while) reading a form: the short pages server.ts sends
// itself and the error page shows for the same statuses.
const nb = {
  "edge.crossSite.title": "Forespørselen ble stoppet",
  "edge.crossSite.body":
    "Skjemaet kom fra et annet nettsted enn Kundeservice Awards, så vi har ikke gjort noe med det. Gå til portalen og prøv igjen derfra.",
  "edge.unsupportedType.title": "Skjemaet kunne ikke tas imot",
  "edge.unsupportedType.body":
    "Skjemaet kom i et format portalen ikke kan lese. Send det fra skjemaet på siden, så går det bra.",
  "edge.badBody.title": "Skjemaet kunne ikke leses",
  "edge.badBody.body": "Skjemaet kunne ikke leses, kanskje ble sendingen avbrutt. Gå tilbake og send det på nytt.",
  "edge.tooLarge.title": "Skjemaet er for stort",
  "edge.tooLarge.body":
    "Det du sendte er for stort for portalen: et tekstfelt kan ha høyst 1 MB, og hver sending ett vedlegg på høyst 10 MB. Gå tilbake og gjør det mindre.",
  "edge.lengthRequired.title": "Skjemaet mangler lengde",
  "edge.lengthRequired.body": "Skjemaet ble sendt uten å oppgi størrelsen sin. Send det fra skjemaet på siden.",
} as const;

export const requestEdgeMessages = {
  nb,
  en: {
    "edge.crossSite.title": "The request was stopped",
    "edge.crossSite.body":
      "The form came from another site than Kundeservice Awards, so nothing was done with it. Go to the portal and try again from there.",
    "edge.unsupportedType.title": "The form could not be accepted",
    "edge.unsupportedType.body":
      "The form arrived in a format the portal cannot read. Send it from the form on the page and it will work.",
    "edge.badBody.title": "The form could not be read",
    "edge.badBody.body": "The form could not be read; perhaps sending it was interrupted. Go back and send it again.",
    "edge.tooLarge.title": "The form is too large",
    "edge.tooLarge.body":
      "What you sent is too large for the portal: a text field may hold at most 1 MB, and each post one attachment of at most 10 MB. Go back and make it smaller.",
    "edge.lengthRequired.title": "The form has no length",
    "edge.lengthRequired.body": "The form was sent without stating its size. Send it from the form on the page.",
  } satisfies Record<keyof typeof nb, string>,
};
