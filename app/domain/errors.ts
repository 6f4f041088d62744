import type { MessageKey, MessageParams } from "#app/i18n/messages.ts";

/**
 * Errors the domain throws on purpose. Routes turn them into 404/403/409 responses or field
 * messages; the message is a catalogue key so the user sees it in their own language.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: "not-found" | "forbidden" | "conflict" | "invalid" | "rate-limited",
    readonly messageKey: MessageKey,
    readonly options: {
      field?: string;
      params?: MessageParams;
      /** Further fields refused by the same check, so the reader sees every problem at once. */
      alsoFields?: FieldProblem[];
    } = {},
  ) {
    super(messageKey);
    this.name = "DomainError";
  }
}

/** One field's refusal: the field, and its message as a catalogue key. */
export type FieldProblem = { field: string; messageKey: MessageKey; params?: MessageParams };

/** Several fields refused by one check: the first is the error's own, the rest ride along. */
export function fieldsRefused(problems: [FieldProblem, ...FieldProblem[]]): DomainError {
  const [first, ...rest] = problems;
  return new DomainError("invalid", first.messageKey, { field: first.field, params: first.params, alsoFields: rest });
}

export const notFound = () => new DomainError("not-found", "error.notFound.title");
export const forbidden = () => new DomainError("forbidden", "error.forbidden.title");
