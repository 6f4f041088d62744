import { z } from "zod";
import { SCORING_ROUNDS } from "#app/domain/jury-states.ts";
import { REMINDER_INTENTS } from "./remind-intents.ts";

// Who is ticked is the chair's choice, not the proof: the domain checks every id against the round.
const chosen = {
  round: z.enum(SCORING_ROUNDS),
  jurorIds: z.array(z.string().trim().min(1).max(100)).max(1000).default([]),
};

/** The reminder page: preview the chosen jurors' reminder, then send what was previewed. */
export const reminderSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal(REMINDER_INTENTS.preview), ...chosen }),
  z.object({ intent: z.literal(REMINDER_INTENTS.send), ...chosen, batchKey: z.string().uuid() }),
]);

/** The page's round from its address: the main round unless it says the final one. */
export function parseReminderRound(value: string | null) {
  return value === "final" ? ("final" as const) : ("main" as const);
}
