import type { Submission } from "@conform-to/react";
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

/** Turns a domain refusal into the matching HTTP status; anything else is a real 500. */
export function throwAsResponse(error: unknown): never {
  if (error instanceof DomainError) {
    throw data({ reason: error.messageKey }, { status: STATUS_BY_KIND[error.kind] });
  }
  throw error;
}

export function notFoundResponse() {
  return data({ reason: "error.notFound.title" }, { status: 404 });
}

/**
 * A domain refusal about one field (e-mail taken, …) shown next to that field, with everything
 * typed kept except the fields named in hideFields (passwords).
 */
export function replyWithFieldError(
  submission: Submission<unknown>,
  error: unknown,
  t: Translate,
  hideFields: string[] = [],
) {
  if (!(error instanceof DomainError) || !error.options.field) throwAsResponse(error);
  return data(
    {
      result: submission.reply({
        fieldErrors: { [error.options.field]: [t(error.messageKey, error.options.params)] },
        hideFields,
      }),
    },
    { status: 400 },
  );
}
