import type { ResultMailComposer } from "#app/domain/publication.server.ts";
import { placementBand } from "#app/domain/publication.ts";
import { createTranslator } from "#app/i18n/messages.ts";
import { publicBaseUrl } from "./mail.server.ts";
import { deliverOutboxMails, type HeldMail } from "./outbox-delivery.server.ts";

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

/** Sends a published stage's outbox mails (see `deliverOutboxMails`). */
export function deliverResultMails(mails: readonly HeldMail[]): Promise<{ sent: number; failed: number }> {
  return deliverOutboxMails(mails, "Result mail");
}
