import type { MessageKey } from "#app/i18n/messages.ts";

/**
 * Errors the domain throws on purpose. Routes turn them into 404/403/409 responses or field
 * messages; the message is a catalogue key so the user sees it in their own language.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: "not-found" | "forbidden" | "conflict" | "invalid" | "rate-limited",
    readonly messageKey: MessageKey,
    readonly options: { field?: string; params?: Record<string, string | number> } = {},
  ) {
    super(messageKey);
    this.name = "DomainError";
  }
}

export const notFound = () => new DomainError("not-found", "error.notFound.title");
export const forbidden = () => new DomainError("forbidden", "error.forbidden.title");
