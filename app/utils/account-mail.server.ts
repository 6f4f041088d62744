import { formatDateTime } from "#app/i18n/format.ts";
import { createTranslator } from "#app/i18n/messages.ts";
import { publicBaseUrl, sendMail } from "./mail.server.ts";

// Accounts store no language yet, so account mail goes out in Norwegian, the award's language.
const LOCALE = "nb";
const t = createTranslator(LOCALE);

export function sendPasswordResetMail(
  request: Request,
  account: { email: string; name: string },
  token: string,
  expiresAt: Date,
) {
  return sendMail({
    to: account.email,
    subject: t("mail.passwordReset.subject"),
    text: t("mail.passwordReset.body", {
      name: account.name,
      email: account.email,
      link: `${publicBaseUrl(request)}/reset-password/${token}`,
      expires: formatDateTime(expiresAt, LOCALE),
    }),
  });
}
