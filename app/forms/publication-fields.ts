import type { PublicationStage } from "#app/domain/publication.ts";

// Apart from publication-forms.ts, so the publish page's forms name their intents and fields
// without Zod coming to the browser with the page's schema.

export const REASONING_PREFIX = "reasoning-";

/** The publish page's stage forms, one intent per stage (the values the buttons post). */
export const STAGE_INTENTS = {
  prepare: { finalists: "prepare-finalists", winners: "prepare-winners" },
  publish: { finalists: "publish-finalists", winners: "publish-winners" },
  resend: { finalists: "resend-finalists", winners: "resend-winners" },
} as const satisfies Record<string, Record<PublicationStage, string>>;

export type ReasoningField = `${typeof REASONING_PREFIX}${number}`;

/** The field that carries the jury's reasoning for one category's winner. */
export function reasoningField(categoryId: number): ReasoningField {
  return `${REASONING_PREFIX}${categoryId}`;
}

export const SHOWN_WINNERS_PREFIX = "shown-winners-";

/**
 * The hidden field that carries, as comma-separated case ids, the winners named beside a
 * category's reasoning field, so a reasoning is never kept for a winner the chair did not see.
 */
export function shownWinnersField(categoryId: number): `${typeof SHOWN_WINNERS_PREFIX}${number}` {
  return `${SHOWN_WINNERS_PREFIX}${categoryId}`;
}

/** The address parameter that pages one stage's outbox on the publish page (`?mails-finalists=2`). */
export function outboxPageParam(stage: PublicationStage): `mails-${PublicationStage}` {
  return `mails-${stage}`;
}

/** The address parameter that picks the version whose stored confidence figures a stage shows (`?figures-winners=1`). */
export function figuresVersionParam(stage: PublicationStage): `figures-${PublicationStage}` {
  return `figures-${stage}`;
}

/** The box "show the jury's agreement on the public page", in the prepare and correction forms. */
export const SHOW_AGREEMENT_FIELD = "showAgreement";

export const INCLUDE_PREFIX = "include-";
export const INCLUDE_REASON_PREFIX = "includeReason-";

/** The box that lets one case short of sheets in among the finalists (ADR 0030). */
export function includeField(caseId: number): `${typeof INCLUDE_PREFIX}${number}` {
  return `${INCLUDE_PREFIX}${caseId}`;
}

/** The chair's reason for letting that case in; the domain refuses on this field when it is empty. */
export function includeReasonField(caseId: number): `${typeof INCLUDE_REASON_PREFIX}${number}` {
  return `${INCLUDE_REASON_PREFIX}${caseId}`;
}
