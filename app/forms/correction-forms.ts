import { z } from "zod";
import type { Translate } from "#app/i18n/messages.ts";
import { showAgreementField } from "./publication-forms.ts";

const REASON_MAX_LENGTH = 2000;
const REASONING_MAX_LENGTH = 4000;

/**
 * The correction of a published result: a reason (shown publicly), at most one placed
 * case to withdraw, and the reasoning per category (`reasoning-<categoryId>`, read by `reasoningsOf`).
 */
export function createCorrectionSchema(t: Translate) {
  return z
    .object({
      // Required, but the domain says so (it trims and refuses an empty reason on the `reason` field).
      reason: z
        .string()
        .trim()
        .max(REASON_MAX_LENGTH, t("form.tooLong", { max: REASON_MAX_LENGTH }))
        .optional(),
      // "" (the "no case" choice) is no withdrawal.
      withdrawCaseId: z.preprocess(
        (value) => (value === "" ? undefined : value),
        z.coerce.number().int().positive().optional(),
      ),
      // The version's choice is the box's default, so unticked means "do not show".
      showAgreement: showAgreementField(t),
    })
    .catchall(
      z
        .string()
        .trim()
        .max(REASONING_MAX_LENGTH, t("form.tooLong", { max: REASONING_MAX_LENGTH })),
    );
}
