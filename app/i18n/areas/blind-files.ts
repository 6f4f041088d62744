// Blind judging and files: what a juror's copy of an attachment lacks, and why a file may be refused.
const nb = {
  "blindFiles.notice":
    "Blind vurdering: Vedleggene er gitt nøytrale navn. Fra PDF-filer har vi fjernet forfatter, tittel, emne, stikkord, programmet som lagde filen og XMP-metadata, og fra bilder EXIF, XMP, IPTC og tekstfelt. Selve innholdet – teksten og bildene i vedleggene – er bedriftens ansvar og kan fortsatt avsløre hvem den er.",
  "blindFiles.refused":
    "Dette vedlegget kan ikke vises under blind vurdering: vi klarte ikke å lese filen og fjerne opplysningene som kan avsløre bedriften. Vi sender aldri originalen i stedet. Juryleder ser avvisningen på saken og i loggen og kan be bedriften om en ny fil.",
  "blindFiles.chairRefused":
    "Blind vurdering: Jurymedlemmene får ikke se {names}. Vi klarte ikke å lese filen og fjerne opplysningene som kan avsløre bedriften, og sender aldri originalen. Be bedriften om en ny fil.",
} as const;

export const blindFileMessages = {
  nb,
  en: {
    "blindFiles.notice":
      "Blind judging: the attachments have neutral names. From PDF files we have removed the author, title, subject, keywords, the program that made the file and XMP metadata, and from images EXIF, XMP, IPTC and text fields. The content itself – the text and pictures in the attachments – is the entrant's responsibility and may still reveal who they are.",
    "blindFiles.refused":
      "This attachment cannot be shown under blind judging: we could not read the file and remove what might reveal the company. We never send the original instead. The chair sees the refusal on the case and in the log and can ask the company for a new file.",
    "blindFiles.chairRefused":
      "Blind judging: the jurors cannot see {names}. We could not read the file and remove what might reveal the company, and we never send the original. Ask the company for a new file.",
  } satisfies Record<keyof typeof nb, string>,
};
