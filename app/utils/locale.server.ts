import { createTranslator, isLocale, type Translate } from "#app/i18n/messages.ts";
import { DEFAULT_LOCALE, type Locale } from "#app/domain/locales.ts";
import { readCookie } from "./cookies.ts";

export const LOCALE_COOKIE = "lang";

export function getLocale(request: Request): Locale {
  const value = readCookie(request.headers.get("Cookie"), LOCALE_COOKIE);
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export function getTranslator(request: Request): { locale: Locale; t: Translate } {
  const locale = getLocale(request);
  return { locale, t: createTranslator(locale) };
}

export function localeCookie(locale: Locale): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${60 * 60 * 24 * 365}; SameSite=Lax`;
}
