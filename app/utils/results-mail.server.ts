import { resultMail } from "#app/components/mail/result-mail.tsx";
import { recordOutboxResult, type ResultMailComposer } from "#app/domain/publication.server.ts";
import { placementBand } from "#app/domain/publication.ts";
import { createTranslator } from "#app/i18n/messages.ts";
import { db } from "./db.server.ts";
import { delivered, publicBaseUrl, recipientLocales, sendMail } from "./mail.server.ts";

/**
 * What `preparePublication` puts in the outbox: one mail per entrant account of every submitted
 * case, in that account's language, saying where their case placed, with links to this site.
 */
export function resultMailComposer(): ResultMailComposer {
  const baseUrl = publicBaseUrl();
  return (snapshot, recipients) => {
    const year = snapshot.year;
    return recipients.map((recipient) => {
      const t = createTranslator(recipient.locale);
      const category = snapshot.categories.find((item) =>
        item.ranking.some((entry) => entry.caseId === recipient.caseId),
      );
      const params = { name: recipient.name, title: recipient.title, category: category?.name ?? "", year };
      if (snapshot.stage === "finalists") {
        const finalist = category?.finalistIds.includes(recipient.caseId) ?? false;
        return {
          to: recipient.email,
          subject: t("mail.finalists.subject", { year }),
          text: t(finalist ? "mail.finalists.finalist" : "mail.finalists.other", {
            ...params,
            link: `${baseUrl}/results/${year}`,
          }),
        };
      }
      return {
        to: recipient.email,
        subject: t("mail.winners.subject", { year }),
        text: t(`mail.winners.${placementBand(recipient.caseId, snapshot)}`, {
          ...params,
          link: `${baseUrl}/entrant/cases/${recipient.caseId}/result`,
        }),
      };
    });
  };
}

/**
 * Sends outbox mails one by one, recording each outcome so a failed one can be sent again later;
 * returns how many were sent and how many failed.
 */
export async function deliverResultMails(
  mails: readonly { id: number; toEmail: string; subject: string; body: string }[],
): Promise<{ sent: number; failed: number }> {
  const localeOf = recipientLocales(mails.map((mail) => mail.toEmail));
  let failed = 0;
  for (const mail of mails) {
    const content = resultMail(localeOf(mail.toEmail), { subject: mail.subject, text: mail.body });
    const sent = await delivered(sendMail({ to: mail.toEmail, mail: content }), "Result mail");
    recordOutboxResult(db, mail.id, sent, new Date());
    if (!sent) failed += 1;
  }
  return { sent: mails.length - failed, failed };
}
