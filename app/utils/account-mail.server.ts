import { passwordResetMail } from "#app/components/mail/password-reset-mail.tsx";
import { publicBaseUrl, recipientLocales, sendMail } from "./mail.server.ts";

export function sendPasswordResetMail(account: { email: string; name: string }, token: string, expiresAt: Date) {
  return sendMail({
    to: account.email,
    mail: passwordResetMail(recipientLocales([account.email])(account.email), {
      name: account.name,
      email: account.email,
      link: `${publicBaseUrl()}/reset-password/${token}`,
      expiresAt,
    }),
  });
}
