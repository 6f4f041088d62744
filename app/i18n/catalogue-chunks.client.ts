import type { Locale } from "#app/domain/locales.ts";
import type { Messages } from "./translate.ts";

/** Everyone's keys, or those only the chair's and jurors' pages name. */
export type CataloguePart = "everyone" | "staff";

// Two chunks per language (tooling/locale-catalogues.ts). A .client module: the server build gets
// an empty one, so these imports never split the server bundle (it holds every language anyway).
export const catalogueChunks: Record<Locale, Record<CataloguePart, () => Promise<{ messages: Partial<Messages> }>>> = {
  nb: { everyone: () => import("virtual:locale-messages/nb"), staff: () => import("virtual:locale-messages/nb-staff") },
  en: { everyone: () => import("virtual:locale-messages/en"), staff: () => import("virtual:locale-messages/en-staff") },
};
