import { LOCALES, type Locale } from "#app/domain/locales.ts";
import { createTranslator, type MessageKey, type MessageParams } from "#app/i18n/messages.ts";
import { nb } from "#app/i18n/nb.ts";
import type { RefusalText } from "./refusal.ts";

type Words = { title: MessageKey; body: MessageKey };

// A title for each status a domain refusal may have, and words for one that names no reason of its
// own. Worded here on the server, so these texts never ship to the browser (refusal.ts says why).
const WORDS_BY_STATUS: Record<number, Words> = {
  400: { title: "refusal.badRequest.title", body: "refusal.badRequest.body" },
  403: { title: "error.forbidden.title", body: "error.forbidden.body" },
  404: { title: "error.notFound.title", body: "error.notFound.body" },
  409: { title: "refusal.conflict.title", body: "refusal.conflict.body" },
  429: { title: "refusal.rateLimited.title", body: "refusal.rateLimited.body" },
};

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(nb, key);

/** A refusal with `status` for `reason`, worded in every language. */
export function wordRefusal(status: number, reason: string, params?: MessageParams): Record<Locale, RefusalText> {
  const words = WORDS_BY_STATUS[status] ?? WORDS_BY_STATUS[400]!;
  // A reason that only repeats the status ("not found") is better said by the status's own words.
  const ownReason = isMessageKey(reason) && reason !== words.title ? reason : null;
  // "No access" would be wrong for a page one may see but not act on now; the reason names the rule.
  const title = ownReason && status === 403 ? "refusal.refusedTitle" : words.title;
  const worded = (locale: Locale): RefusalText => {
    const t = createTranslator(locale);
    return { title: t(title), message: ownReason ? t(ownReason, params) : t(words.body) };
  };
  return Object.fromEntries(LOCALES.map((locale) => [locale, worded(locale)])) as Record<Locale, RefusalText>;
}
