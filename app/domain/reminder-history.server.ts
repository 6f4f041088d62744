import { and, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTransaction } from "#db/client.ts";
import { reminders } from "#db/schema.ts";
import type { ScoringRound } from "./jury-states.ts";

/** When a juror was reminded of a round, newest first: the table shows the first and how many. */
export type ReminderHistory = { sentAt: Date[] };

// Reads only, apart from reminders.server.ts, so the jury overview can show the history without a
// cycle between the two command modules.

/** The reminders of one round sent to these jurors (a page of them), read from the table's index. */
export function reminderHistories(
  db: DbOrTransaction,
  competitionId: number,
  round: ScoringRound,
  jurorIds: readonly string[],
): Map<string, ReminderHistory> {
  const histories = new Map<string, ReminderHistory>();
  if (jurorIds.length === 0) return histories;
  const rows = db
    .select({ jurorId: reminders.jurorId, sentAt: reminders.sentAt })
    .from(reminders)
    .where(
      and(
        eq(reminders.competitionId, competitionId),
        eq(reminders.round, round),
        inArray(reminders.jurorId, [...jurorIds]),
      ),
    )
    .orderBy(desc(reminders.sentAt), desc(reminders.id))
    .all();
  for (const row of rows) {
    const history = histories.get(row.jurorId);
    if (history) history.sentAt.push(row.sentAt);
    else histories.set(row.jurorId, { sentAt: [row.sentAt] });
  }
  return histories;
}
