import { defineMail } from "./mail-content.ts";
import { TextBody } from "./mail-layout.tsx";

/**
 * A mail as the chair approved it (a result mail, a mailing to entrants): the outbox keeps the
 * subject and text the chair previewed (written in the recipient's language when it was prepared),
 * and the HTML part lays out that same text, so what goes out is exactly what was approved.
 */
export const resultMail = defineMail<{ subject: string; text: string }>((_t, { subject, text }) => ({
  subject,
  body: <TextBody text={text} />,
}));
