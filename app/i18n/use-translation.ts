import { useRouteLoaderData } from "@remix-run/react";
import { createTranslator, DEFAULT_LOCALE, type Locale } from "./messages.ts";

export function useLocale(): Locale {
  const rootData = useRouteLoaderData<{ locale: Locale }>("root");
  return rootData?.locale ?? DEFAULT_LOCALE;
}

export function useTranslation() {
  const locale = useLocale();
  return { locale, t: createTranslator(locale) };
}
