import type { Locale } from "#app/domain/locales.ts";
import type { Messages } from "./translate.ts";

// One chunk per language (tooling/locale-catalogues.ts). A .client module: the server build gets an
// empty one, so these imports never split the server bundle (it holds every language anyway).
export const catalogueChunks: Record<Locale, () => Promise<{ messages: Messages }>> = {
  nb: () => import("virtual:locale-messages/nb"),
  en: () => import("virtual:locale-messages/en"),
};
