import { useRouteLoaderData } from "@remix-run/react";
import { useEffect, useSyncExternalStore } from "react";
import { hasCatalogue, loadCatalogue, subscribeToCatalogues, translatorFor } from "./catalogue.ts";
import { DEFAULT_LOCALE, type Locale } from "#app/domain/locales.ts";

export function useLocale(): Locale {
  const rootData = useRouteLoaderData<{ locale: Locale }>("root");
  return rootData?.locale ?? DEFAULT_LOCALE;
}

export function useTranslation() {
  const locale = useLocale();
  const ready = useSyncExternalStore(
    subscribeToCatalogues,
    () => hasCatalogue(locale),
    () => true,
  );
  useEffect(() => {
    if (!ready) void loadCatalogue(locale);
  }, [locale, ready]);
  return { locale, t: translatorFor(locale) };
}
