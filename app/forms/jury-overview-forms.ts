import { z } from "zod";
import { REMIND_INTENTS } from "./remind-intents.ts";

/** The chair's jury page: scoring lock, blind judging, the automatic plan and the reminders. */
export const juryOverviewSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.enum(["lock", "unlock"]) }),
  z.object({ intent: z.enum(["blind-on", "blind-off"]) }),
  z.object({ intent: z.literal("preview") }),
  // The fingerprint of the plan shown; left out, it reads as the empty plan's, as it always has.
  z.object({ intent: z.literal("save-plan"), fingerprint: z.string().default("") }),
  z.object({ intent: z.enum([REMIND_INTENTS.main, REMIND_INTENTS.final]) }),
]);
