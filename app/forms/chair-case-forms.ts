import { z } from "zod";
import type { Translate } from "#app/i18n/messages.ts";
import { createDisqualifySchema } from "./case-forms.ts";
import { createAssignJurorSchema } from "./jury-forms.ts";

/** The chair's case page: assign a juror, remove one, or disqualify the case. */
export function createChairCaseIntentSchema(t: Translate) {
  return z.discriminatedUnion("intent", [
    createAssignJurorSchema(t).extend({ intent: z.literal("assign") }),
    z.object({ intent: z.literal("unassign"), assignmentId: z.coerce.number().int().positive() }),
    // A post without an intent disqualifies, as it always has: the reason is the form's only field.
    createDisqualifySchema(t).extend({ intent: z.literal("disqualify").optional().default("disqualify") }),
  ]);
}
