import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import { HOME_BY_ROLE, type Role } from "#app/domain/roles.ts";
import type { MessageKey } from "#app/i18n/messages.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

const NAV_LABEL_BY_ROLE: Record<Role, MessageKey> = {
  entrant: "nav.entrant",
  juror: "nav.jury",
  chair: "nav.chair",
};

type HeaderUser = { name: string; role: Role } | null;

const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  `rounded px-2 py-1 hover:underline ${isActive ? "font-semibold underline" : ""}`;

export function SiteHeader({ user }: { user: HeaderUser }) {
  const { t, locale } = useTranslation();
  const location = useLocation();
  const otherLocale = locale === "nb" ? "en" : "nb";
  return (
    <header className="border-b border-brand-100 bg-brand-900 text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-900"
      >
        {t("nav.skipToContent")}
      </a>
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link to="/" className="text-lg font-bold">
          {t("app.name")}
        </Link>
        <nav aria-label={t("nav.main")} className="flex flex-wrap items-center gap-2">
          <NavLink to="/" end className={navLinkClass}>
            {t("nav.home")}
          </NavLink>
          {user ? (
            <>
              <NavLink to={HOME_BY_ROLE[user.role]} className={navLinkClass}>
                {t(NAV_LABEL_BY_ROLE[user.role])}
              </NavLink>
              <NavLink to="/profile" className={navLinkClass}>
                {t("nav.profile")}
              </NavLink>
              <span className="sr-only">{t("nav.signedInAs", { name: user.name })}</span>
              <Form method="post" action="/logout">
                <button type="submit" className="rounded px-2 py-1 hover:underline">
                  {t("nav.logout")}
                </button>
              </Form>
            </>
          ) : (
            <>
              <NavLink to="/login" className={navLinkClass}>
                {t("nav.login")}
              </NavLink>
              <NavLink to="/register" className={navLinkClass}>
                {t("nav.register")}
              </NavLink>
            </>
          )}
          <Form method="post" action="/language">
            <input type="hidden" name="locale" value={otherLocale} />
            <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
            <button
              type="submit"
              lang={otherLocale === "nb" ? "nb" : "en"}
              title={t("language.switchHint")}
              className="rounded border border-white/60 px-2 py-1 text-sm hover:bg-white/10"
            >
              {t("language.switch")}
            </button>
          </Form>
        </nav>
      </div>
    </header>
  );
}
