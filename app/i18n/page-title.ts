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
 * Public pages also give the description search engines show under the title.
 */
export function pageTitle(
  matches: readonly MetaMatch[],
  title: (t: Translate) => string,
  description?: (t: Translate) => string,
): MetaDescriptor[] {
  const t = translatorFor(localeOf(matches));
  const meta: MetaDescriptor[] = [{ title: `${title(t)} – ${t("app.name")}` }];
  if (description) meta.push({ name: "description", content: description(t) });
  return meta;
}
