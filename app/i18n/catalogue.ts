import { DEFAULT_LOCALE, type Locale } from "#app/domain/locales.ts";
import { catalogueChunks } from "./catalogue-chunks.client.ts";
import { translatorFrom, type Messages, type Translate } from "./translate.ts";

// The catalogues this JavaScript context holds. The server holds both (messages.ts provides them
// as it loads); the browser loads only the page's language, one chunk per locale that the build
// makes from the catalogues (tooling/locale-catalogues.ts), before hydrating (entry.client.tsx),
// and another only if the language changes without a page load (login in the account's language).

const loaded = new Map<Locale, Translate>();
const listeners = new Set<() => void>();

export function provideCatalogue(locale: Locale, messages: Messages): void {
  loaded.set(locale, translatorFrom(messages));
  for (const listener of listeners) listener();
}

export function hasCatalogue(locale: Locale): boolean {
  return loaded.has(locale);
}

const pending = new Map<Locale, Promise<void>>();

export function loadCatalogue(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return Promise.resolve();
  let loading = pending.get(locale);
  if (!loading) {
    loading = catalogueChunks[locale]().then(({ messages }) => provideCatalogue(locale, messages));
    pending.set(locale, loading);
  }
  return loading;
}

/**
 * The translator for `locale`; while its chunk is still on the way, the language already loaded
 * (the page keeps its old language for that moment rather than showing keys).
 */
export function translatorFor(locale: Locale): Translate {
  const translator = loaded.get(locale) ?? loaded.get(DEFAULT_LOCALE) ?? loaded.values().next().value;
  if (!translator) throw new Error(`No message catalogue loaded (wanted ${locale})`);
  return translator;
}

export function subscribeToCatalogues(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
