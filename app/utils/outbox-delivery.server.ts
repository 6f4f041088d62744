import { resultMail } from "#app/components/mail/result-mail.tsx";
import { recordOutboxResult } from "#app/domain/outbox.server.ts";
import { db } from "./db.server.ts";
import { delivered, recipientLocales, sendMail } from "./mail.server.ts";

export type HeldMail = { id: number; toEmail: string; subject: string; body: string };

/**
 * Sends outbox mails (result mails, the chair's mailings) one by one, laid out from exactly the
 * subject and text the chair approved, recording each outcome so a failed one can be sent again
 * later; returns how many were sent and how many failed. `what` names them in the log.
 */
export async function deliverOutboxMails(
  mails: readonly HeldMail[],
  what: string,
): Promise<{ sent: number; failed: number }> {
  const localeOf = recipientLocales(mails.map((mail) => mail.toEmail));
  let failed = 0;
  for (const mail of mails) {
    const content = resultMail(localeOf(mail.toEmail), { subject: mail.subject, text: mail.body });
    const sent = await delivered(sendMail({ to: mail.toEmail, mail: content }), what);
    recordOutboxResult(db, mail.id, sent, new Date());
    if (!sent) failed += 1;
  }
  return { sent: mails.length - failed, failed };
}
