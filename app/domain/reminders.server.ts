import { eq } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import type { MessageKey } from "#app/i18n/messages.ts";
import { reminders } from "#db/schema.ts";
import { writeAudit } from "./audit.server.ts";
import { requireCompetition } from "./competition-lookup.server.ts";
import { isRoundOpen, roundDeadline } from "./deadlines.ts";
import { DomainError, fieldsRefused, type FieldProblem } from "./errors.ts";
import type { ScoringRound } from "./jury-states.ts";
import { jurorProgress } from "./jury.server.ts";
import { freezingPublication, requireNotPublished, SHEET_FREEZING_STAGES } from "./publication-freeze.server.ts";
import { checkRecipients, hasUnfinished, type RecipientRefusal } from "./reminders.ts";

const REFUSAL_MESSAGES = {
  unknown: "reminders.refused.unknown",
  "no-cases": "reminders.refused.no-cases",
  "all-final": "reminders.refused.all-final",
} as const satisfies Record<RecipientRefusal, MessageKey>;

/** What one send mails: the round, its deadline (null for a final round opened without one) and who. */
export type Reminder = {
  round: ScoringRound;
  deadline: Date | null;
  jurors: { jurorId: string; name: string; email: string; done: number; total: number }[];
};

type Competition = ReturnType<typeof requireCompetition>;

/** Reminders are for a round the jury can still score in, and never about one a publication closed. */
function remindersOffered(db: DbOrTransaction, competition: Competition, round: ScoringRound, now: Date) {
  return (
    isRoundOpen(round, competition, now) &&
    freezingPublication(db, competition.id, SHEET_FREEZING_STAGES[round]) === null
  );
}

function requireRemindersOffered(db: DbOrTransaction, competition: Competition, round: ScoringRound, now: Date) {
  // The publication first: its refusal says why the round will not open again.
  requireNotPublished(db, competition.id, "reminder", { stages: SHEET_FREEZING_STAGES[round] });
  if (!isRoundOpen(round, competition, now)) throw new DomainError("forbidden", "jury.sheet.closed");
}

/**
 * What the chair chooses from: whether the round takes reminders at all, its deadline, and every
 * juror with unfinished sheets in it (those behind ticked), with when each was last reminded.
 */
export function reminderChoice(db: AppDatabase, competitionId: number, round: ScoringRound, now: Date) {
  const competition = requireCompetition(db, competitionId);
  const offered = remindersOffered(db, competition, round, now);
  const jurors = offered
    ? jurorProgress(db, competitionId, round, now)
        .filter(hasUnfinished)
        .map((juror) => ({
          jurorId: juror.jurorId,
          name: juror.name,
          done: juror.final,
          total: juror.assigned,
          chosen: juror.standing === "behind",
        }))
    : [];
  return { round, offered, deadline: roundDeadline(round, competition), jurors };
}

/** The reminder as it would go to the chosen jurors, or a refusal naming every juror it cannot go to. */
function composeReminder(
  db: AppDatabase,
  competition: Competition,
  round: ScoringRound,
  jurorIds: readonly string[],
  now: Date,
): Reminder {
  requireRemindersOffered(db, competition, round, now);
  const { recipients, refused } = checkRecipients(jurorProgress(db, competition.id, round, now), jurorIds);
  // Worded here, on the server: the keys stay out of every page's catalogue in the browser.
  const problems: FieldProblem[] = refused.map(({ name, reason }) => ({
    field: "jurorIds",
    messageKey: REFUSAL_MESSAGES[reason],
    params: { name },
  }));
  if (recipients.length === 0 && problems.length === 0)
    problems.push({ field: "jurorIds", messageKey: "reminders.noneChosen" });
  const [first, ...rest] = problems;
  if (first) throw fieldsRefused([first, ...rest]);
  return {
    round,
    deadline: roundDeadline(round, competition),
    jurors: recipients.map((juror) => ({
      jurorId: juror.jurorId,
      name: juror.name,
      email: juror.email,
      done: juror.final,
      total: juror.assigned,
    })),
  };
}

/** What "send" would do, checked as sending checks it; writes nothing. */
export function previewReminder(
  db: AppDatabase,
  competitionId: number,
  round: ScoringRound,
  jurorIds: readonly string[],
  now: Date,
): Reminder {
  return composeReminder(db, requireCompetition(db, competitionId), round, jurorIds, now);
}

/**
 * Records a reminder to the chosen jurors (one history row each, and the audit row) and returns
 * whom to mail. The batch key comes from the preview: posting it again finds the rows already
 * written and mails nobody. Recorded before mailing, as every mail here is: the mails never throw,
 * and a failed one is reported to the chair.
 */
export function sendReminder(
  db: AppDatabase,
  chairId: string,
  competitionId: number,
  input: { round: ScoringRound; jurorIds: readonly string[]; batchKey: string },
  now: Date,
): { reminder: Reminder; alreadySent: number } {
  return db.transaction((tx) => {
    const competition = requireCompetition(tx, competitionId);
    const earlier = tx
      .select({ competitionId: reminders.competitionId, round: reminders.round })
      .from(reminders)
      .where(eq(reminders.batchKey, input.batchKey))
      .all();
    const [sent] = earlier;
    if (sent) {
      if (sent.competitionId !== competitionId || sent.round !== input.round)
        throw new DomainError("conflict", "reminders.keyReused");
      return {
        reminder: { round: input.round, deadline: roundDeadline(input.round, competition), jurors: [] },
        alreadySent: earlier.length,
      };
    }
    const reminder = composeReminder(db, competition, input.round, input.jurorIds, now);
    tx.insert(reminders)
      .values(
        reminder.jurors.map((juror) => ({
          competitionId,
          round: input.round,
          jurorId: juror.jurorId,
          batchKey: input.batchKey,
          sentById: chairId,
          sentAt: now,
        })),
      )
      .run();
    writeAudit(tx, {
      actorId: chairId,
      action: "reminder.sent",
      subjectType: "competition",
      subjectId: competitionId,
      details: { round: input.round, jurorIds: reminder.jurors.map((juror) => juror.jurorId) },
      at: now,
    });
    return { reminder, alreadySent: 0 };
  });
}

/** For the jury overview: the rounds whose reminder button is shown (open, and not closed by a publication). */
export function roundsTakingReminders(
  db: AppDatabase,
  competitionId: number,
  now: Date,
): Record<ScoringRound, boolean> {
  const competition = requireCompetition(db, competitionId);
  return {
    main: remindersOffered(db, competition, "main", now),
    final: remindersOffered(db, competition, "final", now),
  };
}
