import { formatDateTime } from "#app/i18n/format.ts";
import { defineMail } from "./mail-content.ts";
import { TextBody } from "./mail-layout.tsx";

/** To an address with no account yet: the link that creates the juror account. */
export const invitationMail = defineMail<{ link: string; expiresAt: Date }>((t, { link, expiresAt }, locale) => ({
  subject: t("mail.invitation.subject"),
  body: (
    <TextBody
      text={t("mail.invitation.body", { link, expires: formatDateTime(expiresAt, locale) })}
      action={{ href: link, label: t("mail.action.invitation") }}
    />
  ),
}));
