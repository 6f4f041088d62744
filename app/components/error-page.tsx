import { isRouteErrorResponse, useLocation, useRouteError } from "@remix-run/react";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { refusalWords } from "#app/utils/refusal.ts";
import { TextLink } from "./ui/text-link.tsx";

/**
 * The one error boundary every route shares. A refusal says its own reason in the reader's language
 * (single fetch hands a thrown `data()` body over as `error.data`, for a page load and a client-side
 * submission alike); only a failure on our side gets the calm "something went wrong".
 */
export function ErrorPage() {
  const error = useRouteError();
  const location = useLocation();
  const { locale, t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const { title, message } = refusalWords(status, isRouteErrorResponse(error) ? error.data : null, locale, t);
  return (
    <div className="mx-auto max-w-2xl px-4 py-12">
      <p className="text-sm font-semibold text-ink-muted">{status}</p>
      <h1 className="mb-4 text-3xl font-bold text-brand-900">{title}</h1>
      <p className="mb-6">{message}</p>
      <p className="flex flex-wrap gap-6">
        {/* A refusal of something done on the page: going back to it shows how things stand now. */}
        {status < 500 && status !== 403 && status !== 404 ? (
          <TextLink to={`${location.pathname}${location.search}`}>{t("refusal.backToPage")}</TextLink>
        ) : null}
        <TextLink to="/">{t("error.backHome")}</TextLink>
      </p>
    </div>
  );
}
