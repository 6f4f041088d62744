import type { Locale } from "#app/domain/locales.ts";
import type { MessageKey, Translate } from "#app/i18n/translate.ts";
import { UNREADABLE_FORM_REASON } from "./form-limits.ts";

export type RefusalText = { title: string; message: string };

/**
 * What a refusal thrown as `data(body, { status })` carries: why, as a catalogue key (or a short
 * code such as "forbidden" when the status says it all), and, for the domain's refusals, its title
 * and message already worded in every language. The server words them because the browser's
 * catalogue holds only the keys browser code names (tooling/locale-catalogues.ts); the page picks
 * its reader's language.
 */
export type RefusalBody = { reason: string; worded?: Partial<Record<Locale, RefusalText>> };

/** The words a refusal brought for `locale`, if it brought any. */
function wordedRefusal(body: unknown, locale: Locale): RefusalText | undefined {
  return (body as Partial<RefusalBody> | null)?.worded?.[locale];
}

type Words = { title: MessageKey; body: MessageKey };

// Refusals that bring no words: the guards' and the request edge's, by status.
const WORDS_BY_STATUS: Record<number, Words> = {
  403: { title: "error.forbidden.title", body: "error.forbidden.body" },
  404: { title: "error.notFound.title", body: "error.notFound.body" },
  413: { title: "edge.tooLarge.title", body: "edge.tooLarge.body" },
  415: { title: "edge.unsupportedType.title", body: "edge.unsupportedType.body" },
};

/**
 * The title and message for an error answer with `status` and `body`, in `locale`. A refusal (a
 * 4xx the portal gives on purpose) says its own words when it brought them, else its status's;
 * anything else is a failure on our side and says only that, whatever it carries.
 */
export function refusalWords(status: number, body: unknown, locale: Locale, t: Translate): RefusalText {
  const own = status < 500 ? wordedRefusal(body, locale) : null;
  if (own) return own;
  // A 400 means many things; only a body that could not be read as a form gets these words.
  const unreadable = (body as Partial<RefusalBody> | null)?.reason === UNREADABLE_FORM_REASON;
  const words: Words = unreadable
    ? { title: "edge.badBody.title", body: "edge.badBody.body" }
    : (WORDS_BY_STATUS[status] ?? { title: "error.server.title", body: "error.server.body" });
  return { title: t(words.title), message: t(words.body) };
}
