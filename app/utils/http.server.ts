import type { Submission, SubmissionResult } from "@conform-to/react";
import { data } from "@remix-run/node";
import { DomainError } from "#app/domain/errors.ts";
import type { Translate } from "#app/i18n/messages.ts";

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

/** Turns a domain refusal into the matching HTTP status; anything else is a real 500. */
export function throwAsResponse(error: unknown): never {
  if (error instanceof DomainError) {
    // The parameters ride along so the error page can say the whole refusal ("published 3 December …").
    throw data({ reason: error.messageKey, params: error.options.params }, { status: STATUS_BY_KIND[error.kind] });
  }
  throw error;
}

export function notFoundResponse() {
  return data({ reason: "error.notFound.title" }, { status: 404 });
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
