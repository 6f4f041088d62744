import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { DEFAULT_LOCALE } from "#app/domain/locales.ts";
import { catalogueChunks } from "virtual:locale-chunks";
import { loadCatalogue, loadPartsFrom, wantStaffParts } from "#app/i18n/catalogue.ts";
import { isLocale } from "#app/i18n/translate.ts";
import { staffPartsOfUrl } from "#app/utils/staff-pages.ts";

// Only the page's language comes to the browser (the server rendered it into <html lang>); it must
// be here before hydration, so the first client render says what the server's did; on the chair's
// and jurors' pages with their own parts of it.
const lang = document.documentElement.lang;
loadPartsFrom(catalogueChunks);
void wantStaffParts(staffPartsOfUrl(window.location.pathname) ?? []);

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
