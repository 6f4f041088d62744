import type { Request, Response } from "express";
import { createTranslator, isLocale } from "#app/i18n/messages.ts";
import { DEFAULT_LOCALE, type Locale } from "#app/domain/locales.ts";
import { readCookie } from "#app/utils/cookies.ts";
import { LOCALE_COOKIE } from "#app/utils/locale.server.ts";

export type EdgeRefusal = "crossSite" | "unsupportedType" | "badBody" | "tooLarge" | "lengthRequired";

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A page the server sends itself, without rendering the app: refusals at the edge, a render that timed out. */
export type EdgePage = EdgeRefusal | "renderTimeout";

/** The short page for `page`, in `locale`, saying `status`; every text escaped. */
export function edgePageHtml(locale: Locale, status: number, page: EdgePage): string {
  const t = createTranslator(locale);
  const title = escapeHtml(t(`edge.${page}.title` as const));
  const body = escapeHtml(t(`edge.${page}.body` as const));
  return (
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${title} – ${escapeHtml(t("app.name"))}</title></head>` +
    `<body><main><p>${status}</p><h1>${title}</h1><p>${body}</p>` +
    `<p><a href="/">${escapeHtml(t("error.backHome"))}</a></p></main></body></html>`
  );
}

/**
 * A short page for a request refused before the app sees it, in the reader's language (their
 * `lang` cookie). It closes the connection, so a body that was never read is not waited for.
 */
export function sendEdgeRefusal(request: Request, response: Response, status: number, refusal: EdgeRefusal): void {
  const chosen = readCookie(request.get("cookie") ?? null, LOCALE_COOKIE);
  const locale = isLocale(chosen) ? chosen : DEFAULT_LOCALE;
  response
    .status(status)
    .set({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", Connection: "close" })
    .send(edgePageHtml(locale, status, refusal));
}
