import { passwordResetMail } from "#app/components/mail/password-reset-mail.tsx";
import { publicBaseUrl, recipientLocales, sendMail } from "./mail.server.ts";

export function sendPasswordResetMail(
  request: Request,
  account: { email: string; name: string },
  token: string,
  expiresAt: Date,
) {
  return sendMail({
    to: account.email,
    mail: passwordResetMail(recipientLocales([account.email])(account.email), {
      name: account.name,
      email: account.email,
      link: `${publicBaseUrl(request)}/reset-password/${token}`,
      expiresAt,
    }),
  });
}
