import { assignmentMail } from "#app/components/mail/assignment-mail.tsx";
import { invitationMail } from "#app/components/mail/invitation-mail.tsx";
import { reminderMail } from "#app/components/mail/reminder-mail.tsx";
import { renderMail } from "#app/components/mail/render-mail.tsx";
import type { Locale } from "#app/domain/locales.ts";
import type { Reminder } from "#app/domain/reminders.server.ts";
import { getLocale } from "./locale.server.ts";
import { failedDeliveries, publicBaseUrl, recipientLocales, sendMail } from "./mail.server.ts";

/** The invited address has no account yet, so it is written to in the language the chair is using. */
export function sendInvitationMail(request: Request, email: string, token: string, expiresAt: Date) {
  const link = `${publicBaseUrl()}/invitations/${token}`;
  return sendMail({ to: email, mail: invitationMail(getLocale(request), { link, expiresAt }) });
}

type Juror = { name: string; email: string };

export function sendAssignmentMail(juror: Juror, count: number, scoringDeadlineAt: Date) {
  return sendMail({
    to: juror.email,
    mail: assignmentMail(recipientLocales([juror.email])(juror.email), {
      name: juror.name,
      count,
      link: `${publicBaseUrl()}/jury`,
      scoringDeadlineAt,
    }),
  });
}

/** Tells each juror of their new cases after a saved plan; returns how many mails failed. */
export function sendAssignmentMails(
  jurors: readonly (Juror & { caseCount: number })[],
  scoringDeadlineAt: Date,
): Promise<number> {
  return failedDeliveries(
    jurors.map((juror) => sendAssignmentMail(juror, juror.caseCount, scoringDeadlineAt)),
    "Assignment mail",
  );
}

/** The reminder one juror gets, in their language, with their own counts and the round's deadline. */
function reminderFor(reminder: Reminder, juror: Reminder["jurors"][number], locale: Locale) {
  return reminderMail(locale, {
    name: juror.name,
    done: juror.done,
    total: juror.total,
    link: `${publicBaseUrl()}/jury`,
    round: reminder.round,
    deadline: reminder.deadline,
  });
}

/**
 * The reminder's first recipient and the mail they would get, rendered as it is sent (subject and
 * text part), with every recipient's language; sends nothing.
 */
export async function previewReminderMail(reminder: Reminder) {
  const localeOf = recipientLocales(reminder.jurors.map((juror) => juror.email));
  const recipients = reminder.jurors.map((juror) => ({ ...juror, locale: localeOf(juror.email) }));
  const [first] = recipients;
  if (!first) return { recipients, sample: null };
  const { subject, text } = await renderMail(reminderFor(reminder, first, first.locale));
  return { recipients, sample: { name: first.name, email: first.email, locale: first.locale, subject, text } };
}

/** Sends the reminder to each of its jurors; returns how many mails failed. */
export function sendReminderMails(reminder: Reminder): Promise<number> {
  const localeOf = recipientLocales(reminder.jurors.map((juror) => juror.email));
  return failedDeliveries(
    reminder.jurors.map((juror) =>
      sendMail({ to: juror.email, mail: reminderFor(reminder, juror, localeOf(juror.email)) }),
    ),
    "Reminder mail",
  );
}
