import type { Locale } from "./messages.ts";

/** Every deadline in the award is Oslo time, whatever the reader's or server's zone. */
export const AWARD_TIME_ZONE = "Europe/Oslo";

const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();

export function formatDateTime(date: Date | number, locale: Locale): string {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "nb" ? "nb-NO" : "en-GB", {
      timeZone: AWARD_TIME_ZONE,
      dateStyle: "long",
      timeStyle: "short",
    });
    dateTimeFormats.set(locale, format);
  }
  return format.format(date);
}
