import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { DEFAULT_LOCALE } from "#app/domain/locales.ts";
import { loadCatalogue, wantStaffMessages } from "#app/i18n/catalogue.ts";
import { isLocale } from "#app/i18n/translate.ts";
import { isStaffUrl } from "#app/utils/staff-pages.ts";

// Only the page's language comes to the browser (the server rendered it into <html lang>); it must
// be here before hydration, so the first client render says what the server's did; on the chair's
// and jurors' pages with their own part of it.
const lang = document.documentElement.lang;
if (isStaffUrl(window.location.pathname)) void wantStaffMessages();

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
