import { z } from "zod";
import { TIE_KINDS } from "#app/domain/conflict-kinds.ts";
import type { Translate } from "#app/i18n/messages.ts";

export const CONFLICT_REASON_MAX_LENGTH = 1000;

function reasonField(t: Translate) {
  return z
    .string({ required_error: t("form.required") })
    .trim()
    .min(1, t("form.required"))
    .max(CONFLICT_REASON_MAX_LENGTH, t("form.tooLong", { max: CONFLICT_REASON_MAX_LENGTH }));
}

export function createAddConflictSchema(t: Translate) {
  return z.object({
    jurorId: z.string({ required_error: t("conflicts.chooseJuror") }).min(1, t("conflicts.chooseJuror")),
    organisationId: z.coerce
      .number({ required_error: t("conflicts.chooseCompany"), invalid_type_error: t("conflicts.chooseCompany") })
      .int(t("conflicts.chooseCompany"))
      .positive(t("conflicts.chooseCompany")),
    kind: z.enum(TIE_KINDS).default("other"),
    reason: reasonField(t),
  });
}

/** The chair's conflict page: add a conflict, or remove one of the chair's own with a reason. */
export function createConflictIntentSchema(t: Translate) {
  return z.discriminatedUnion("intent", [
    createAddConflictSchema(t).extend({ intent: z.literal("add") }),
    z.object({
      intent: z.literal("remove"),
      conflictId: z.coerce.number().int().positive(),
      removalReason: reasonField(t),
    }),
  ]);
}
