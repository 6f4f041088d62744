import type { Locale } from "#app/domain/locales.ts";
import { provideCatalogue } from "./catalogue.ts";
import { en } from "./en.ts";
import { nb } from "./nb.ts";
import { translatorFrom, type Messages, type Translate } from "./translate.ts";

// Both languages at once, for the server (loaders, actions, mails) and tests. The browser never
// imports this module: it gets only the active language through catalogue.ts.

export { isLocale, type MessageKey, type MessageParams, type Messages, type Translate } from "./translate.ts";

const catalogues: Record<Locale, Messages> = { nb, en };

// Wherever this module is loaded (the server bundle: root.tsx's loader imports it through
// locale.server.ts), components and meta functions find every language already in the store.
provideCatalogue("nb", nb);
provideCatalogue("en", en);

export function createTranslator(locale: Locale): Translate {
  return translatorFrom(catalogues[locale], locale);
}
