import { z } from "zod";
import { MAX_FINALISTS, PUBLICATION_STAGES, type PublicationStage } from "#app/domain/publication.ts";
import {
  INCLUDE_PREFIX,
  includeReasonField,
  figuresVersionParam,
  outboxPageParam,
  REASONING_PREFIX,
  SHOWN_WINNERS_PREFIX,
  STAGE_INTENTS,
} from "./publication-fields.ts";
import type { Translate } from "#app/i18n/messages.ts";
import { osloDateTime } from "./competition-forms.ts";

const REASONING_MAX_LENGTH = 4000;
const OVERRIDE_MAX_LENGTH = 2000;

/** The box "show the jury's agreement on the public page": Conform sends "on" when ticked, nothing when not. */
export const showAgreementField = (t: Translate) =>
  z.enum(["on"], { message: t("publishedConfidence.showInvalid") }).optional();

export function createPublicationSchema(t: Translate) {
  const finalistCountMessage = t("publish.finalistCount", { max: MAX_FINALISTS });
  const overrideReason = z
    .string()
    .trim()
    .max(OVERRIDE_MAX_LENGTH, t("form.tooLong", { max: OVERRIDE_MAX_LENGTH }))
    .optional();
  return z.discriminatedUnion("intent", [
    z
      .object({
        intent: z.literal(STAGE_INTENTS.prepare.finalists),
        // Left empty, the domain takes its default count.
        finalistCount: z.coerce
          .number({ invalid_type_error: finalistCountMessage })
          .int(finalistCountMessage)
          .min(1, finalistCountMessage)
          .max(MAX_FINALISTS, finalistCountMessage)
          .optional(),
        showAgreement: showAgreementField(t),
      })
      // An `include-<caseId>` box and an `includeReason-<caseId>` field per case short of sheets
      // (ADR 0030): read as text, and `overridesOf` pairs them.
      .catchall(
        z
          .string()
          .trim()
          .max(OVERRIDE_MAX_LENGTH, t("form.tooLong", { max: OVERRIDE_MAX_LENGTH })),
      ),
    // One `reasoning-<categoryId>` field per category: the schema cannot name them ahead, so every
    // further field is read as text, and `reasoningsOf` picks out the reasonings.
    z
      .object({
        intent: z.literal(STAGE_INTENTS.prepare.winners),
        overrideReason,
        showAgreement: showAgreementField(t),
      })
      .catchall(
        z
          .string()
          .trim()
          .max(REASONING_MAX_LENGTH, t("form.tooLong", { max: REASONING_MAX_LENGTH })),
      ),
    z.object({ intent: z.enum([STAGE_INTENTS.publish.finalists, STAGE_INTENTS.publish.winners]) }),
    z.object({ intent: z.enum([STAGE_INTENTS.resend.finalists, STAGE_INTENTS.resend.winners]) }),
    z.object({ intent: z.enum(["share-on", "share-off"]) }),
    // The final round closes at its own deadline, Oslo time, as the main round does at its.
    z.object({ intent: z.literal("open-final-round"), finalRoundDeadline: osloDateTime(t) }),
    z.object({ intent: z.enum(["lock-final-round", "unlock-final-round"]) }),
  ]);
}

type StageIntent = (typeof STAGE_INTENTS)[keyof typeof STAGE_INTENTS][PublicationStage];

/** The stage a stage form acts on, from its intent; null for the page's other forms and for junk. */
export function stageOfIntent(intent: StageIntent): PublicationStage;
export function stageOfIntent(intent: unknown): PublicationStage | null;
export function stageOfIntent(intent: unknown): PublicationStage | null {
  return (
    PUBLICATION_STAGES.find((stage) => Object.values(STAGE_INTENTS).some((intents) => intents[stage] === intent)) ??
    null
  );
}

/** The jury's reasoning per category id, from the `reasoning-<categoryId>` fields. */
export function reasoningsOf(value: Record<string, string | undefined>): Record<number, string> {
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, text]) =>
      key.startsWith(REASONING_PREFIX) && text !== undefined
        ? [[Number(key.slice(REASONING_PREFIX.length)), text]]
        : [],
    ),
  );
}

/**
 * The cases short of sheets the chair ticked to include among the finalists, each with its reason
 * (empty when none was written: the domain refuses that on the reason's field).
 */
export function overridesOf(value: Record<string, string | number | undefined>): Record<number, string> {
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, ticked]) => {
      const caseId = key.startsWith(INCLUDE_PREFIX) ? Number(key.slice(INCLUDE_PREFIX.length)) : NaN;
      if (!Number.isInteger(caseId) || caseId <= 0 || !ticked) return [];
      const reason = value[includeReasonField(caseId)];
      return [[caseId, typeof reason === "string" ? reason : ""]];
    }),
  );
}

/** The winners the form named per category id, from the `shown-winners-<categoryId>` fields; junk ids are dropped. */
export function shownWinnersOf(value: Record<string, string | undefined>): Record<number, number[]> {
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, text]) =>
      key.startsWith(SHOWN_WINNERS_PREFIX) && text !== undefined
        ? [
            [
              Number(key.slice(SHOWN_WINNERS_PREFIX.length)),
              text
                .split(",")
                .filter((id) => /^\d+$/.test(id))
                .map(Number),
            ],
          ]
        : [],
    ),
  );
}

const outboxPage = z.coerce.number().int().positive().max(1_000_000).catch(1);

/** Which page of each stage's outbox the publish page lists (`?mails-finalists=2`); nonsense is page 1. */
export function parseOutboxPages(params: URLSearchParams): Record<PublicationStage, number> {
  return {
    finalists: outboxPage.parse(params.get(outboxPageParam("finalists")) ?? 1),
    winners: outboxPage.parse(params.get(outboxPageParam("winners")) ?? 1),
  };
}

const figuresVersion = z.coerce.number().int().positive().max(1_000_000).optional().catch(undefined);

/** Which version's stored figures each stage shows (`?figures-finalists=1`); absent or nonsense is the current one. */
export function parseFigureVersions(params: URLSearchParams): Partial<Record<PublicationStage, number>> {
  return Object.fromEntries(
    PUBLICATION_STAGES.flatMap((stage) => {
      const version = figuresVersion.parse(params.get(figuresVersionParam(stage)) ?? undefined);
      return version === undefined ? [] : [[stage, version]];
    }),
  );
}
