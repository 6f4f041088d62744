import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { DEFAULT_LOCALE } from "#app/domain/locales.ts";
import { loadCatalogue } from "#app/i18n/catalogue.ts";
import { isLocale } from "#app/i18n/translate.ts";

// Only the page's language comes to the browser (the server rendered it into <html lang>); it must
// be here before hydration, so the first client render says what the server's did.
const lang = document.documentElement.lang;

void loadCatalogue(isLocale(lang) ? lang : DEFAULT_LOCALE).then(() =>
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  }),
);
