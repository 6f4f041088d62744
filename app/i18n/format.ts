import { AWARD_TIME_ZONE } from "#app/domain/deadlines.ts";
import type { Locale } from "#app/domain/locales.ts";

// Building an Intl formatter costs far more than using one (it was 37 % of the ranking page's CPU
// when formatScore built one per cell), so each kind is built once per locale and kept. The keys
// are the two locales times a handful of kinds: the caches cannot grow.

const intlLocale = (locale: Locale) => (locale === "nb" ? "nb-NO" : "en-GB");

/** One formatter per locale, built on first use. */
function perLocale<Format>(build: (intl: string) => Format): (locale: Locale) => Format {
  const built = new Map<Locale, Format>();
  return (locale) => {
    let format = built.get(locale);
    if (!format) {
      format = build(intlLocale(locale));
      built.set(locale, format);
    }
    return format;
  };
}

const dateTimeFormat = perLocale(
  (intl) => new Intl.DateTimeFormat(intl, { timeZone: AWARD_TIME_ZONE, dateStyle: "long", timeStyle: "short" }),
);

export function formatDateTime(date: Date | number, locale: Locale): string {
  return dateTimeFormat(locale).format(date);
}

const timeFormat = perLocale(
  (intl) => new Intl.DateTimeFormat(intl, { timeZone: AWARD_TIME_ZONE, hour: "2-digit", minute: "2-digit" }),
);

/** "14:32" in Oslo time, for "saved at" notes. */
export function formatTime(date: Date | number, locale: Locale): string {
  return timeFormat(locale).format(date);
}

const scoreFormat = perLocale(
  (intl) => new Intl.NumberFormat(intl, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
);

/** A weighted total with two decimals, "7,35" in Norwegian. */
export function formatScore(value: number, locale: Locale): string {
  return scoreFormat(locale).format(value);
}

const decimalFormats = [0, 1].map((digits) =>
  perLocale((intl) => new Intl.NumberFormat(intl, { maximumFractionDigits: digits })),
);

/** A number with at most `digits` (0 or 1) decimals in the locale's way: "12,4" in Norwegian. */
export function formatDecimal(value: number, digits: 0 | 1, locale: Locale): string {
  return decimalFormats[digits]!(locale).format(value);
}
