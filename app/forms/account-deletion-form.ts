import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "#app/domain/passwords.ts";
import type { Translate } from "#app/i18n/messages.ts";

/** Deleting the account: the current password and a ticked box saying the reader means it. */
export function createAccountDeletionSchema(t: Translate) {
  return z.object({
    currentPassword: z.string({ required_error: t("form.required") }).max(PASSWORD_MAX_LENGTH * 4),
    confirm: z.literal("yes", {
      errorMap: () => ({ message: t("deletion.confirm.required") }),
    }),
  });
}
