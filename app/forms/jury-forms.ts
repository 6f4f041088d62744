import { z } from "zod";
import type { SheetInput } from "#app/domain/scoring.ts";
import { byStepField, perStep } from "#app/domain/steps.ts";
import type { Translate } from "#app/i18n/messages.ts";

export function createInviteSchema(t: Translate) {
  return z.object({
    email: z
      .string({ required_error: t("form.required") })
      .trim()
      .max(254, t("form.tooLong", { max: 254 }))
      .email(t("form.email.invalid")),
  });
}

export function createAssignJurorSchema(t: Translate) {
  return z.object({ jurorId: z.string({ required_error: t("assign.chooseJuror") }).min(1, t("assign.chooseJuror")) });
}

const COMMENT_MAX = 4000;

/** The score sheet itself, saved or finalised: a real case's and a calibration sample's alike. */
export function createSheetSchema(t: Translate) {
  const comment = z
    .string()
    .trim()
    .max(COMMENT_MAX, t("form.tooLong", { max: COMMENT_MAX }))
    .default("");
  // Scores are checked against the competition's scale in the domain; here only "a whole number".
  const score = z.coerce
    .number({ invalid_type_error: t("competition.number.invalid") })
    .int(t("competition.number.invalid"))
    .optional();
  return z.object({
    intent: z.enum(["save-draft", "finalise"]),
    ...byStepField("scoreField", () => score),
    ...byStepField("commentField", () => comment),
    overallComment: comment,
  });
}

/** Every form of a juror's case page: the conflict question, the score sheet and reopening it. */
export function createJurorCaseSchema(t: Translate) {
  return z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("no-conflict") }),
    z.object({
      intent: z.literal("declare-conflict"),
      reason: z
        .string({ required_error: t("form.required") })
        .trim()
        .min(1, t("form.required"))
        .max(1000, t("form.tooLong", { max: 1000 })),
    }),
    z.object({ intent: z.literal("reopen") }),
    createSheetSchema(t),
  ]);
}

export type SheetCommand = z.output<ReturnType<typeof createSheetSchema>>;

/** The posted sheet as the domain takes it. */
export function sheetInput(command: SheetCommand): SheetInput {
  return {
    scores: perStep((step) => command[step.scoreField] ?? null),
    comments: { ...perStep((step) => command[step.commentField]), overall: command.overallComment },
  };
}
