import { LOCALES, type Locale } from "#app/domain/locales.ts";
import { en } from "./en.ts";
import { nb } from "./nb.ts";

export type MessageKey = keyof typeof nb;
export type Messages = Record<MessageKey, string>;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const catalogues: Record<Locale, Messages> = { nb, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function createTranslator(locale: Locale): Translate {
  const messages = catalogues[locale];
  return (key, params) => {
    const message = messages[key];
    if (!params) return message;
    return message.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      name in params ? String(params[name]) : placeholder,
    );
  };
}
