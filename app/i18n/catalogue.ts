import { DEFAULT_LOCALE, type Locale } from "#app/domain/locales.ts";
import { catalogueChunks, type CataloguePart } from "./catalogue-chunks.client.ts";
import { translatorFrom, type Messages, type Translate } from "./translate.ts";

// The catalogues this JavaScript context holds. The server holds both languages whole (messages.ts
// provides them as it loads). The browser loads only the page's language, from chunks the build
// makes (tooling/locale-catalogues.ts), before hydrating (entry.client.tsx), and another language
// only if it changes without a page load (login in the account's language). The keys only the
// chair's and jurors' pages name are a part of their own, loaded once such a page is shown
// (wantStaffMessages), so an entrant's page does not carry them.

const EVERY_PART: CataloguePart[] = ["everyone", "staff"];
const messagesHeld = new Map<Locale, Partial<Messages>>();
const partsHeld = new Map<Locale, Set<CataloguePart>>();
const translators = new Map<Locale, Translate>();
const listeners = new Set<() => void>();
let staffWanted = false;

export function provideCatalogue(locale: Locale, messages: Partial<Messages>, parts = EVERY_PART): void {
  const merged = { ...messagesHeld.get(locale), ...messages };
  messagesHeld.set(locale, merged);
  partsHeld.set(locale, new Set([...(partsHeld.get(locale) ?? []), ...parts]));
  translators.set(locale, translatorFrom(merged as Messages, locale));
  for (const listener of listeners) listener();
}

const wantedParts = (): CataloguePart[] => (staffWanted ? EVERY_PART : ["everyone"]);

/** Whether every part the pages shown so far need is here in `locale`. */
export function hasCatalogue(locale: Locale): boolean {
  const held = partsHeld.get(locale);
  return held !== undefined && wantedParts().every((part) => held.has(part));
}

const pending = new Map<string, Promise<void>>();

function loadPart(locale: Locale, part: CataloguePart): Promise<void> {
  if (partsHeld.get(locale)?.has(part)) return Promise.resolve();
  const id = `${locale}-${part}`;
  let loading = pending.get(id);
  if (!loading) {
    loading = catalogueChunks[locale][part]().then(({ messages }) => provideCatalogue(locale, messages, [part]));
    pending.set(id, loading);
  }
  return loading;
}

export async function loadCatalogue(locale: Locale): Promise<void> {
  await Promise.all(wantedParts().map((part) => loadPart(locale, part)));
}

/** From now on the staff's keys are wanted too, in every language held or loaded later. */
export async function wantStaffMessages(): Promise<void> {
  staffWanted = true;
  await Promise.all([...partsHeld.keys()].map(loadCatalogue));
}

/**
 * The translator for `locale`; while a part of it is still on the way, a language held whole
 * (the page keeps its old language for that moment rather than showing nothing).
 */
export function translatorFor(locale: Locale): Translate {
  const whole = [locale, DEFAULT_LOCALE, ...translators.keys()].find(hasCatalogue);
  const translator = translators.get(whole ?? locale) ?? translators.values().next().value;
  if (!translator) throw new Error(`No message catalogue loaded (wanted ${locale})`);
  return translator;
}

export function subscribeToCatalogues(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
