import type { Submission, SubmissionResult } from "@conform-to/react";
import { data } from "@remix-run/node";
import { DomainError } from "#app/domain/errors.ts";
import type { MessageKey, MessageParams, Translate } from "#app/i18n/messages.ts";
import { getTranslator } from "./locale.server.ts";
import { refusalWords, type RefusalBody } from "./refusal.ts";
import { wordRefusal } from "./refusal-words.server.ts";

const STATUS_BY_KIND: Record<DomainError["kind"], number> = {
  "not-found": 404,
  forbidden: 403,
  conflict: 409,
  invalid: 400,
  "rate-limited": 429,
};

export function statusForDomainError(error: DomainError): number {
  return STATUS_BY_KIND[error.kind];
}

/** `reason` with its words in every language: the page shows its reader's (see RefusalBody). */
function refusalBody(status: number, reason: MessageKey, params?: MessageParams): RefusalBody {
  return { reason, worded: wordRefusal(status, reason, params) };
}

/** A refusal the error page (or a resource route) explains with `reason` in the reader's language. */
export function refusal(status: number, reason: MessageKey, params?: MessageParams) {
  return data(refusalBody(status, reason, params), { status });
}

/** Turns a domain refusal into the matching HTTP status, its reason kept; anything else is a real 500. */
export function throwAsResponse(error: unknown): never {
  if (error instanceof DomainError) throw refusal(STATUS_BY_KIND[error.kind], error.messageKey, error.options.params);
  throw error;
}

export function notFoundResponse() {
  return refusal(404, "error.notFound.title");
}

/** No results published for `year`: the JSON API's 404. Worded here, so the text stays off the browser's catalogue. */
export function noPublishedResults(year: number) {
  return refusal(404, "refusal.noResults", { year });
}

/** A refusal thrown on purpose, as the status and body it was given; null for a real failure. */
function refusalOf(error: unknown): { status: number; body: unknown; headers?: HeadersInit } | null {
  if (error instanceof DomainError) {
    return {
      status: STATUS_BY_KIND[error.kind],
      body: refusalBody(STATUS_BY_KIND[error.kind], error.messageKey, error.options.params),
    };
  }
  // A thrown `data()` (the guards' and refusal()'s), recognised as the router recognises it.
  const thrown = error as { type?: unknown; data?: unknown; init?: ResponseInit | null } | null;
  if (typeof thrown !== "object" || thrown === null || thrown.type !== "DataWithResponseInit") return null;
  const status = thrown.init?.status ?? 200;
  return status >= 400 && status < 500 ? { status, body: thrown.data, headers: thrown.init?.headers } : null;
}

/**
 * Runs a resource route's loader or action and answers its refusals itself, as JSON `{ message }`
 * or plain text in the reader's language. Remix would otherwise answer a thrown `data()` from a
 * route without a page with `{"message":"Unexpected Server Error"}`. Redirects (the login guard)
 * and real failures pass through unchanged.
 */
export async function answerRefusals(
  request: Request,
  format: "json" | "text",
  handle: () => Response | Promise<Response>,
  headers: Record<string, string> = {},
): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    const refused = refusalOf(error);
    if (!refused) throw error;
    const { t, locale } = getTranslator(request);
    // A guard's bare refusal ("forbidden") is worded here, as the page would word it.
    const { message } = refusalWords(refused.status, refused.body, locale, t);
    const answerHeaders = new Headers(refused.headers);
    for (const [name, value] of Object.entries(headers)) answerHeaders.set(name, value);
    answerHeaders.set("Cache-Control", "no-store");
    answerHeaders.set("Content-Language", locale);
    if (format === "json") return Response.json({ message }, { status: refused.status, headers: answerHeaders });
    answerHeaders.set("Content-Type", "text/plain; charset=utf-8");
    return new Response(`${message}\n`, { status: refused.status, headers: answerHeaders });
  }
}

/**
 * A domain refusal shown on the form it came from: next to its field when it names one, above the
 * form otherwise, with everything typed kept except `hideFields` (passwords). "Not found" stays a 404.
 */
export function replyForDomainError(
  submission: Submission<unknown>,
  error: unknown,
  t: Translate,
  hideFields: string[] = [],
): { result: SubmissionResult<string[]>; status: number } {
  if (!(error instanceof DomainError) || error.kind === "not-found") throwAsResponse(error);
  const message = t(error.messageKey, error.options.params);
  const { field, alsoFields = [] } = error.options;
  const fieldErrors: Record<string, string[]> = {};
  const add = (name: string, text: string) => (fieldErrors[name] = [...(fieldErrors[name] ?? []), text]);
  if (field) add(field, message);
  for (const problem of alsoFields) add(problem.field, t(problem.messageKey, problem.params));
  const result = field
    ? submission.reply({ fieldErrors, hideFields })
    : submission.reply({ formErrors: [message], fieldErrors, hideFields });
  return { result, status: STATUS_BY_KIND[error.kind] };
}

/** Runs a domain call and turns its deliberate refusals into responses. */
export function orRespond<T>(call: () => T): T {
  try {
    return call();
  } catch (error) {
    throwAsResponse(error);
  }
}

/** Route ids are positive integers; anything else is a page that does not exist. */
export function parseId(value: string | undefined): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw notFoundResponse();
  return id;
}

/** An optional id from the query string: absent is null, anything malformed a 404. */
export function optionalId(value: string | null): number | null {
  return value === null || value === "" ? null : parseId(value);
}
