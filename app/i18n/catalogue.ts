import { DEFAULT_LOCALE, type Locale } from "#app/domain/locales.ts";
import { EVERYONES_PART } from "#app/utils/staff-pages.ts";
import { translatorFrom, type Messages, type Translate } from "./translate.ts";

// The catalogues this JavaScript context holds. The server holds both languages whole (messages.ts
// provides them as it loads). The browser loads only the page's language, from parts the build
// makes (tooling/locale-catalogues.ts), before hydrating (entry.client.tsx), and another language
// only if it changes without a page load (login in the account's language). The keys only some of
// the chair's or jurors' pages name are parts of their own ("chair", "chair/ranking"), loaded once
// such a page is shown (wantStaffParts), so an entrant's page carries none of them.

const WHOLE = "whole";
const messagesHeld = new Map<Locale, Partial<Messages>>();
const partsHeld = new Map<Locale, Set<string>>();
const translators = new Map<Locale, Translate>();
const listeners = new Set<() => void>();
const partsWanted = new Set<string>([EVERYONES_PART]);

type CatalogueChunks = Record<Locale, Record<string, () => Promise<{ messages: Partial<Messages> }>>>;
let chunks: CatalogueChunks | null = null;

/**
 * Where the browser loads parts from: `virtual:locale-chunks`, handed over by entry.client.tsx, the
 * only module that imports it (the server, built or run by tsx, never resolves that name).
 */
export function loadPartsFrom(catalogueChunks: CatalogueChunks): void {
  chunks = catalogueChunks;
}

/** Messages for `locale`, added to those held; without `part`, the whole language (the server). */
export function provideCatalogue(locale: Locale, messages: Partial<Messages>, part = WHOLE): void {
  const merged = { ...messagesHeld.get(locale), ...messages };
  messagesHeld.set(locale, merged);
  partsHeld.set(locale, new Set([...(partsHeld.get(locale) ?? []), part]));
  translators.set(locale, translatorFrom(merged as Messages, locale));
  for (const listener of listeners) listener();
}

/** Whether every part the pages shown so far need is here in `locale`. */
export function hasCatalogue(locale: Locale): boolean {
  const held = partsHeld.get(locale);
  return held !== undefined && (held.has(WHOLE) || [...partsWanted].every((part) => held.has(part)));
}

const pending = new Map<string, Promise<void>>();

function loadPart(locale: Locale, part: string): Promise<void> {
  const load = chunks?.[locale][part];
  if (!load || partsHeld.get(locale)?.has(part)) return Promise.resolve();
  const id = `${locale}/${part}`;
  let loading = pending.get(id);
  if (!loading) {
    loading = load().then(({ messages }) => provideCatalogue(locale, messages, part));
    pending.set(id, loading);
  }
  return loading;
}

export async function loadCatalogue(locale: Locale): Promise<void> {
  await Promise.all([...partsWanted].map((part) => loadPart(locale, part)));
}

/** From now on `parts` are wanted too, in every language held or loaded later. */
export async function wantStaffParts(parts: readonly string[]): Promise<void> {
  for (const part of parts) partsWanted.add(part);
  await Promise.all([...partsHeld.keys()].map(loadCatalogue));
}

/**
 * The translator for `locale`; while a part of it is still on the way, a language held whole
 * (the page keeps its old language for that moment rather than showing nothing).
 */
export function translatorFor(locale: Locale): Translate {
  const complete = [locale, DEFAULT_LOCALE, ...translators.keys()].find(hasCatalogue);
  const translator = translators.get(complete ?? locale) ?? translators.values().next().value;
  if (!translator) throw new Error(`No message catalogue loaded (wanted ${locale})`);
  return translator;
}

export function subscribeToCatalogues(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
