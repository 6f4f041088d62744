import { formatDateTime } from "#app/i18n/format.ts";
import { defineMail } from "./mail-content.ts";
import { TextBody } from "./mail-layout.tsx";

export type PasswordResetMailProps = { name: string; email: string; link: string; expiresAt: Date };

/** The single-use link from "Glemt passord?". */
export const passwordResetMail = defineMail<PasswordResetMailProps>((t, props, locale) => ({
  subject: t("mail.passwordReset.subject"),
  body: (
    <TextBody
      text={t("mail.passwordReset.body", {
        name: props.name,
        email: props.email,
        link: props.link,
        expires: formatDateTime(props.expiresAt, locale),
      })}
      action={{ href: props.link, label: t("mail.action.passwordReset") }}
    />
  ),
}));
