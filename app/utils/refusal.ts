import { isMessageKey } from "#app/i18n/catalogue.ts";
import type { MessageKey, MessageParams, Translate } from "#app/i18n/translate.ts";
import { UNREADABLE_FORM_REASON } from "./form-limits.ts";

/**
 * What a refusal thrown as `data(body, { status })` carries: why, as a catalogue key (or a short
 * code such as "forbidden" when the status says it all), and the key's values. The words are chosen
 * where they are shown, so the error page says them in the reader's language.
 */
export type RefusalBody = { reason: string; params?: MessageParams };

type Words = { title: MessageKey; body: MessageKey };

const WORDS_BY_STATUS: Record<number, Words> = {
  400: { title: "refusal.badRequest.title", body: "refusal.badRequest.body" },
  403: { title: "error.forbidden.title", body: "error.forbidden.body" },
  404: { title: "error.notFound.title", body: "error.notFound.body" },
  405: { title: "refusal.badRequest.title", body: "refusal.badRequest.body" },
  409: { title: "refusal.conflict.title", body: "refusal.conflict.body" },
  413: { title: "edge.tooLarge.title", body: "edge.tooLarge.body" },
  415: { title: "edge.unsupportedType.title", body: "edge.unsupportedType.body" },
  429: { title: "refusal.rateLimited.title", body: "refusal.rateLimited.body" },
};

const FAILURE_WORDS: Words = { title: "error.server.title", body: "error.server.body" };

export type RefusalWords = { title: string; message: string; isRefusal: boolean };

/**
 * The title and message for an answer with `status` and `body`. A refusal (a 4xx the portal gives
 * on purpose) gets its own reason when it names one, else its status's words; anything else is a
 * failure on our side and says only that, whatever it carries.
 */
export function refusalWords(status: number, body: unknown, t: Translate): RefusalWords {
  const words = WORDS_BY_STATUS[status];
  if (!words) return { title: t(FAILURE_WORDS.title), message: t(FAILURE_WORDS.body), isRefusal: false };
  const { reason, params } = (typeof body === "object" && body !== null ? body : {}) as Partial<RefusalBody>;
  // A 400 means many things; only a body that could not be read as a form gets these words.
  if (reason === UNREADABLE_FORM_REASON) {
    return { title: t("edge.badBody.title"), message: t("edge.badBody.body"), isRefusal: true };
  }
  if (isMessageKey(reason) && reason !== words.title) {
    // "No access" would be wrong for a page one may see but not act on now; the reason says which rule.
    const title = status === 403 ? "refusal.refusedTitle" : words.title;
    return { title: t(title), message: t(reason, params), isRefusal: true };
  }
  return { title: t(words.title), message: t(words.body), isRefusal: true };
}
