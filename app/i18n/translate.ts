import { LOCALES, type Locale } from "#app/domain/locales.ts";
import type { nb } from "./nb.ts";

// What both halves share: the browser's catalogue store (catalogue.ts) and the server's full
// catalogues (messages.ts). Only types come from nb.ts, so importing this ships no message text.

export type MessageKey = keyof typeof nb;
export type Messages = Record<MessageKey, string>;
/** A Date is written as the reader's date and time in Oslo ("3. desember 2026 kl. 12:00"). */
export type MessageParams = Record<string, string | number | Date>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function translatorFrom(messages: Messages, locale: Locale): Translate {
  // Built here rather than taken from format.ts: this module is in every page's first chunk (the
  // login page loads no formatter otherwise), and format.ts would bring all of its formatters along.
  const dates = new Intl.DateTimeFormat(locale === "nb" ? "nb-NO" : "en-GB", {
    timeZone: "Europe/Oslo",
    dateStyle: "long",
    timeStyle: "short",
  });
  return (key, params) => {
    const message = messages[key];
    if (!params) return message;
    return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params[name];
      if (value === undefined) return placeholder;
      return value instanceof Date ? dates.format(value) : String(value);
    });
  };
}
