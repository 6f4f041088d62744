import {
  approvedMail,
  handOverMail,
  joinRequestMail,
  verificationMail,
} from "#app/components/mail/membership-mails.tsx";
import type { Recipient } from "#app/domain/verification.server.ts";
import { publicBaseUrl, sendMail } from "./mail.server.ts";

// Verification and membership mails, each in its recipient's language (users.locale).

export function sendVerificationMail(account: Recipient, token: string, expiresAt: Date) {
  return sendMail({
    to: account.email,
    mail: verificationMail(account.locale, {
      name: account.name,
      link: `${publicBaseUrl()}/verify-email/${token}`,
      expiresAt,
    }),
  });
}

/** Tells each administrator that someone waits; returns one sending per administrator. */
export function sendJoinRequestMails(joinRequest: {
  organisationName: string;
  newcomer: { name: string; email: string };
  admins: Recipient[];
}) {
  return joinRequest.admins.map((admin) =>
    sendMail({
      to: admin.email,
      mail: joinRequestMail(admin.locale, {
        name: admin.name,
        organisation: joinRequest.organisationName,
        newcomer: joinRequest.newcomer.name,
        newcomerEmail: joinRequest.newcomer.email,
        link: `${publicBaseUrl()}/entrant/members`,
      }),
    }),
  );
}

export function sendApprovedMail(member: Recipient, organisationName: string) {
  return sendMail({
    to: member.email,
    mail: approvedMail(member.locale, {
      name: member.name,
      organisation: organisationName,
      link: `${publicBaseUrl()}/entrant`,
    }),
  });
}

export function sendHandOverMail(account: Recipient, organisationName: string) {
  return sendMail({
    to: account.email,
    mail: handOverMail(account.locale, {
      name: account.name,
      email: account.email,
      organisation: organisationName,
      link: `${publicBaseUrl()}/forgot-password`,
    }),
  });
}
