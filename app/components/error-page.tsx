import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import type { MessageKey } from "#app/i18n/messages.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { UNREADABLE_FORM_REASON } from "#app/utils/form-limits.ts";
import { TextLink } from "./ui/text-link.tsx";

const MESSAGES_BY_STATUS: Record<number, { title: MessageKey; body: MessageKey }> = {
  403: { title: "error.forbidden.title", body: "error.forbidden.body" },
  404: { title: "error.notFound.title", body: "error.notFound.body" },
  413: { title: "edge.tooLarge.title", body: "edge.tooLarge.body" },
  415: { title: "edge.unsupportedType.title", body: "edge.unsupportedType.body" },
};

/** The one error boundary every route shares: a known status gets its own words, the rest a calm 500. */
export function ErrorPage() {
  const error = useRouteError();
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // A 400 means many things; only a body that could not be read as a form gets these words.
  const unreadable =
    isRouteErrorResponse(error) && (error.data as { reason?: unknown } | null)?.reason === UNREADABLE_FORM_REASON;
  const messages = unreadable
    ? ({ title: "edge.badBody.title", body: "edge.badBody.body" } as const)
    : (MESSAGES_BY_STATUS[status] ?? { title: "error.server.title", body: "error.server.body" });
  return (
    <div className="mx-auto max-w-2xl px-4 py-12">
      <p className="text-sm font-semibold text-ink-muted">{status}</p>
      <h1 className="mb-4 text-3xl font-bold text-brand-900">{t(messages.title)}</h1>
      <p className="mb-6">{t(messages.body)}</p>
      <TextLink to="/">{t("error.backHome")}</TextLink>
    </div>
  );
}
