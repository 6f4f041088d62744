import { formatDateTime } from "#app/i18n/format.ts";
import { defineMail } from "./mail-content.ts";
import { TextBody } from "./mail-layout.tsx";

/** The link that proves the address, after registering or correcting it. */
export const verificationMail = defineMail<{ name: string; link: string; expiresAt: Date }>((t, props, locale) => ({
  subject: t("mail.verify.subject"),
  body: (
    <TextBody
      text={t("mail.verify.body", {
        name: props.name,
        link: props.link,
        expires: formatDateTime(props.expiresAt, locale),
      })}
      action={{ href: props.link, label: t("mail.action.verify") }}
    />
  ),
}));

type JoinRequest = { name: string; organisation: string; newcomer: string; newcomerEmail: string; link: string };

/** To each administrator: someone registered with the company's number and waits for a decision. */
export const joinRequestMail = defineMail<JoinRequest>((t, props) => ({
  subject: t("mail.joinRequest.subject", props),
  body: (
    <TextBody text={t("mail.joinRequest.body", props)} action={{ href: props.link, label: t("mail.action.members") }} />
  ),
}));

/** To the newcomer an administrator or the chair approved. */
export const approvedMail = defineMail<{ name: string; organisation: string; link: string }>((t, props) => ({
  subject: t("mail.approved.subject", props),
  body: (
    <TextBody text={t("mail.approved.body", props)} action={{ href: props.link, label: t("mail.action.entrant") }} />
  ),
}));

/** To the rightful administrator the chair handed a disputed company to. */
export const handOverMail = defineMail<{ name: string; email: string; organisation: string; link: string }>(
  (t, props) => ({
    subject: t("mail.handOver.subject", props),
    body: (
      <TextBody
        text={t("mail.handOver.body", props)}
        action={{ href: props.link, label: t("mail.action.passwordReset") }}
      />
    ),
  }),
);
