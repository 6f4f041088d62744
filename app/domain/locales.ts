/** The portal's languages: Norwegian Bokmål first (the default), English complete. */
export const LOCALES = ["nb", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nb";
