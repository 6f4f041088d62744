import { useRouteLoaderData } from "@remix-run/react";
import { createTranslator } from "./messages.ts";
import { DEFAULT_LOCALE, type Locale } from "#app/domain/locales.ts";

export function useLocale(): Locale {
  const rootData = useRouteLoaderData<{ locale: Locale }>("root");
  return rootData?.locale ?? DEFAULT_LOCALE;
}

export function useTranslation() {
  const locale = useLocale();
  return { locale, t: createTranslator(locale) };
}
