import type { DecisionOutcome } from "#app/domain/memberships.server.ts";
import { DomainError } from "#app/domain/errors.ts";
import type { Translate } from "#app/i18n/messages.ts";
import { statusForDomainError, throwAsResponse } from "./http.server.ts";
import { delivered } from "./mail.server.ts";
import { sendApprovedMail } from "./membership-mail.server.ts";

/**
 * Runs one membership decision (the entrant's members page and the chair's company page share
 * it): a refusal becomes a message for the page, an approval mails the new member.
 */
export async function decideAndNotify(
  t: Translate,
  decide: () => DecisionOutcome,
): Promise<DecisionOutcome | { error: string; status: number }> {
  let outcome: DecisionOutcome;
  try {
    outcome = decide();
  } catch (error) {
    if (!(error instanceof DomainError) || error.kind === "not-found") throwAsResponse(error);
    return { error: t(error.messageKey, error.options.params), status: statusForDomainError(error) };
  }
  if (outcome.approved) {
    await delivered(sendApprovedMail(outcome.approved, outcome.organisationName), "Membership mail");
  }
  return outcome;
}
