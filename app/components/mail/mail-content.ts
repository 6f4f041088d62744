import type { ReactElement } from "react";
import type { Locale } from "#app/domain/locales.ts";
import { createTranslator, type Translate } from "#app/i18n/messages.ts";

/** One mail in the recipient's language, ready for `renderMail`: the body goes inside the shared layout. */
export type MailContent = { locale: Locale; subject: string; body: ReactElement };

/**
 * A mail template: the recipient's language and the mail's facts in, subject and body out. Each mail
 * is one module calling this, so its wording, links and props live in one place:
 *
 *   export const resetMail = defineMail<{ link: string }>((t, { link }) => ({
 *     subject: t("mail.passwordReset.subject"),
 *     body: <TextBody text={t("mail.passwordReset.body", { link })} action={{ href: link, label: "…" }} />,
 *   }));
 */
export function defineMail<Props>(
  compose: (t: Translate, props: Props, locale: Locale) => { subject: string; body: ReactElement },
): (locale: Locale, props: Props) => MailContent {
  return (locale, props) => ({ locale, ...compose(createTranslator(locale), props, locale) });
}
