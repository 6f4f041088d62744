import { z } from "zod";
import { byStepField } from "#app/domain/steps.ts";
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

/** Every form of a juror's case page: the conflict question, the score sheet and reopening it. */
export function createJurorCaseSchema(t: Translate) {
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
    z.object({
      intent: z.enum(["save-draft", "finalise"]),
      ...byStepField("scoreField", () => score),
      ...byStepField("commentField", () => comment),
      overallComment: comment,
    }),
  ]);
}

export type SheetCommand = Extract<
  z.output<ReturnType<typeof createJurorCaseSchema>>,
  { intent: "save-draft" | "finalise" }
>;
