// The message modules the build makes (tooling/locale-catalogues.ts).
declare module "virtual:locale-messages/*" {
  import type { Messages } from "#app/i18n/translate.ts";
  export const messages: Partial<Messages>;
}

declare module "virtual:locale-chunks" {
  import type { Locale } from "#app/domain/locales.ts";
  import type { Messages } from "#app/i18n/translate.ts";
  /** Per language, a loader for everyone's part and for each staff part ("chair", "chair/ranking"). */
  export const catalogueChunks: Record<Locale, Record<string, () => Promise<{ messages: Partial<Messages> }>>>;
}
