import { z } from "zod";
import type { Translate } from "#app/i18n/messages.ts";

const REASON_MAX_LENGTH = 2000;
const REASONING_MAX_LENGTH = 4000;

/**
 * The correction of a published result: a reason (required, shown publicly), at most one placed
 * case to withdraw, and the reasoning per category (`reasoning-<categoryId>`, read by `reasoningsOf`).
 */
export function createCorrectionSchema(t: Translate) {
  return z
    .object({
      reason: z
        .string({ required_error: t("correct.reasonMissing") })
        .trim()
        .min(1, t("correct.reasonMissing"))
        .max(REASON_MAX_LENGTH, t("form.tooLong", { max: REASON_MAX_LENGTH })),
      // "" (the "no case" choice) is no withdrawal.
      withdrawCaseId: z.preprocess(
        (value) => (value === "" ? undefined : value),
        z.coerce.number().int().positive().optional(),
      ),
    })
    .catchall(
      z
        .string()
        .trim()
        .max(REASONING_MAX_LENGTH, t("form.tooLong", { max: REASONING_MAX_LENGTH })),
    );
}
