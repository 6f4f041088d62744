import { assignmentMail } from "#app/components/mail/assignment-mail.tsx";
import { invitationMail } from "#app/components/mail/invitation-mail.tsx";
import { reminderMail } from "#app/components/mail/reminder-mail.tsx";
import type { Reminder } from "#app/domain/jury.server.ts";
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

/** Sends a reminder to each juror behind on a round; returns how many mails failed. */
export function sendReminderMails(reminder: Reminder): Promise<number> {
  const link = `${publicBaseUrl()}/jury`;
  const localeOf = recipientLocales(reminder.jurors.map((juror) => juror.email));
  return failedDeliveries(
    reminder.jurors.map(({ name, email, done, total }) =>
      sendMail({
        to: email,
        mail: reminderMail(localeOf(email), {
          name,
          done,
          total,
          link,
          round: reminder.round,
          deadline: reminder.deadline,
        }),
      }),
    ),
    "Reminder mail",
  );
}
