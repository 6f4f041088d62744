import { AWARD_TIME_ZONE } from "#app/domain/deadlines.ts";
import type { Locale } from "#app/domain/locales.ts";

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

const timeFormats = new Map<Locale, Intl.DateTimeFormat>();

/** "14:32" in Oslo time, for "saved at" notes. */
export function formatTime(date: Date | number, locale: Locale): string {
  let format = timeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "nb" ? "nb-NO" : "en-GB", {
      timeZone: AWARD_TIME_ZONE,
      hour: "2-digit",
      minute: "2-digit",
    });
    timeFormats.set(locale, format);
  }
  return format.format(date);
}

/** A weighted total with two decimals, "7,35" in Norwegian. */
export function formatScore(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "nb" ? "nb-NO" : "en-GB", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}
