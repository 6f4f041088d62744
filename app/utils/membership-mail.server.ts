import type { Recipient } from "#app/domain/verification.server.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { createTranslator } from "#app/i18n/messages.ts";
import { publicBaseUrl, sendMail } from "./mail.server.ts";

// Verification and membership mails, each in its recipient's language (users.locale).

export function sendVerificationMail(request: Request, account: Recipient, token: string, expiresAt: Date) {
  const t = createTranslator(account.locale);
  return sendMail({
    to: account.email,
    subject: t("mail.verify.subject"),
    text: t("mail.verify.body", {
      name: account.name,
      link: `${publicBaseUrl(request)}/verify-email/${token}`,
      expires: formatDateTime(expiresAt, account.locale),
    }),
  });
}

/** Tells each administrator that someone waits; returns one sending per administrator. */
export function sendJoinRequestMails(
  request: Request,
  joinRequest: { organisationName: string; newcomer: { name: string; email: string }; admins: Recipient[] },
) {
  return joinRequest.admins.map((admin) => {
    const t = createTranslator(admin.locale);
    const params = { organisation: joinRequest.organisationName, newcomer: joinRequest.newcomer.name };
    return sendMail({
      to: admin.email,
      subject: t("mail.joinRequest.subject", params),
      text: t("mail.joinRequest.body", {
        ...params,
        name: admin.name,
        newcomerEmail: joinRequest.newcomer.email,
        link: `${publicBaseUrl(request)}/entrant/members`,
      }),
    });
  });
}

export function sendApprovedMail(request: Request, member: Recipient, organisationName: string) {
  const t = createTranslator(member.locale);
  return sendMail({
    to: member.email,
    subject: t("mail.approved.subject", { organisation: organisationName }),
    text: t("mail.approved.body", {
      name: member.name,
      organisation: organisationName,
      link: `${publicBaseUrl(request)}/entrant`,
    }),
  });
}

export function sendHandOverMail(request: Request, account: Recipient, organisationName: string) {
  const t = createTranslator(account.locale);
  return sendMail({
    to: account.email,
    subject: t("mail.handOver.subject", { organisation: organisationName }),
    text: t("mail.handOver.body", {
      name: account.name,
      email: account.email,
      organisation: organisationName,
      link: `${publicBaseUrl(request)}/forgot-password`,
    }),
  });
}
