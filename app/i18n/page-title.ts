import type { MetaDescriptor } from "@remix-run/react";
import { translatorFor } from "./catalogue.ts";
import { isLocale, type Translate } from "./translate.ts";
import { DEFAULT_LOCALE } from "#app/domain/locales.ts";

type MetaMatch = { id: string; data: unknown };

/** The visitor's language as the root loader found it, for meta functions (they cannot use hooks). */
export function localeOf(matches: readonly MetaMatch[]) {
  const rootData = matches.find((match) => match.id === "root")?.data;
  const locale = rootData && typeof rootData === "object" && "locale" in rootData ? rootData.locale : undefined;
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/**
 * A route's `<title>` in the visitor's language: meta functions cannot use hooks, so the locale
 * comes from the root loader's data among the matches.
 * `export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("login.title"));`
 */
export function pageTitle(matches: readonly MetaMatch[], title: (t: Translate) => string): MetaDescriptor[] {
  const t = translatorFor(localeOf(matches));
  return [{ title: `${title(t)} – ${t("app.name")}` }];
}
