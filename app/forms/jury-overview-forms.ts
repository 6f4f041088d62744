import { z } from "zod";

/** The chair's jury page: scoring lock, blind judging and the automatic plan (reminders have their own page). */
export const juryOverviewSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.enum(["lock", "unlock"]) }),
  z.object({ intent: z.enum(["blind-on", "blind-off"]) }),
  z.object({ intent: z.literal("preview") }),
  // The fingerprint of the plan shown; left out, it reads as the empty plan's, as it always has.
  z.object({ intent: z.literal("save-plan"), fingerprint: z.string().default("") }),
]);
