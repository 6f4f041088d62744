import { formatDateTime } from "#app/i18n/format.ts";
import { createTranslator } from "#app/i18n/messages.ts";
import { publicBaseUrl, sendMail } from "./mail.server.ts";

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

export function sendReminderMail(
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

export function sendFinalRoundReminderMail(
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
