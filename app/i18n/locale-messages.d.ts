// The per-language message modules the build makes (tooling/locale-catalogues.ts).
declare module "virtual:locale-messages/*" {
  import type { Messages } from "#app/i18n/translate.ts";
  export const messages: Messages;
}
