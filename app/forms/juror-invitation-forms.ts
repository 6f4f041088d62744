import { z } from "zod";
import type { Translate } from "#app/i18n/messages.ts";
import { createInviteSchema } from "./jury-forms.ts";

/** The chair's juror page has three forms: invite an address, and resend or revoke an invitation. */
export function createJurorInvitationIntentSchema(t: Translate) {
  const invitationId = z.coerce.number().int().positive();
  return z.discriminatedUnion("intent", [
    createInviteSchema(t).extend({ intent: z.literal("invite") }),
    z.object({ intent: z.literal("resend"), invitationId }),
    // The address only names the invitation in the message shown after the redirect.
    z.object({ intent: z.literal("revoke"), invitationId, email: z.string().default("") }),
  ]);
}
