import type { Reminder } from "#app/domain/jury.server.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { createTranslator } from "#app/i18n/messages.ts";
import { failedDeliveries, publicBaseUrl, sendMail } from "./mail.server.ts";

// Mail goes out in Norwegian, the award's language: we do not know the recipient's choice.
const t = createTranslator("nb");

export function sendInvitationMail(request: Request, email: string, token: string, expiresAt: Date) {
  return sendMail({
    to: email,
    subject: t("mail.invitation.subject"),
    text: t("mail.invitation.body", {
      link: `${publicBaseUrl(request)}/invitations/${token}`,
      expires: formatDateTime(expiresAt, "nb"),
    }),
  });
}

export function sendAssignmentMail(
  request: Request,
  juror: { name: string; email: string },
  count: number,
  scoringDeadlineAt: Date,
) {
  return sendMail({
    to: juror.email,
    subject: t("mail.assigned.subject"),
    text: t("mail.assigned.body", {
      name: juror.name,
      count,
      link: `${publicBaseUrl(request)}/jury`,
      deadline: formatDateTime(scoringDeadlineAt, "nb"),
    }),
  });
}

/** Tells each juror of their new cases after a saved plan; returns how many mails failed. */
export function sendAssignmentMails(
  request: Request,
  jurors: readonly { name: string; email: string; caseCount: number }[],
  scoringDeadlineAt: Date,
): Promise<number> {
  return failedDeliveries(
    jurors.map((juror) => sendAssignmentMail(request, juror, juror.caseCount, scoringDeadlineAt)),
    "Assignment mail",
  );
}

function sendReminderMail(
  request: Request,
  juror: { name: string; email: string },
  progress: { done: number; total: number },
  scoringDeadlineAt: Date,
) {
  return sendMail({
    to: juror.email,
    subject: t("mail.reminder.subject"),
    text: t("mail.reminder.body", {
      name: juror.name,
      ...progress,
      link: `${publicBaseUrl(request)}/jury`,
      deadline: formatDateTime(scoringDeadlineAt, "nb"),
    }),
  });
}

function sendFinalRoundReminderMail(
  request: Request,
  juror: { name: string; email: string },
  progress: { done: number; total: number },
) {
  return sendMail({
    to: juror.email,
    subject: t("mail.finalReminder.subject"),
    text: t("mail.finalReminder.body", { name: juror.name, ...progress, link: `${publicBaseUrl(request)}/jury` }),
  });
}

/** Sends a reminder to each juror behind on a round; returns how many mails failed. */
export function sendReminderMails(request: Request, reminder: Reminder): Promise<number> {
  return failedDeliveries(
    reminder.jurors.map(({ done, total, ...juror }) =>
      reminder.round === "main"
        ? sendReminderMail(request, juror, { done, total }, reminder.deadline)
        : sendFinalRoundReminderMail(request, juror, { done, total }),
    ),
    "Reminder mail",
  );
}
