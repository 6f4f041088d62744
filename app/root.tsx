import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorPage } from "#app/components/error-page.tsx";
import { useNonce } from "#app/components/nonce-context.ts";
import { SiteHeader } from "#app/components/site-header.tsx";
import { translatorFor } from "#app/i18n/catalogue.ts";
import { DEFAULT_LOCALE } from "#app/domain/locales.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { getUser } from "#app/utils/auth.server.ts";
import { getLocale } from "#app/utils/locale.server.ts";
import tailwindHref from "./tailwind.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: tailwindHref },
  { rel: "icon", type: "image/svg+xml", href: "/favicon.svg" },
];

// The default for pages without a title of their own: the award's name, the same in both languages.
export const meta: MetaFunction = () => [{ title: translatorFor(DEFAULT_LOCALE)("app.name") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  return {
    locale: getLocale(request),
    user: user ? { name: user.name, role: user.role } : null,
  };
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const { locale, t } = useTranslation();
  const nonce = useNonce();
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-screen flex-col font-sans">
        <SiteHeader user={data?.user ?? null} />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <footer className="border-t border-gray-200 py-6 text-center text-sm text-ink-muted">{t("footer.text")}</footer>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
