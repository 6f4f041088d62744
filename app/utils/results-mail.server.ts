import type { OutgoingMail } from "#app/domain/publication.server.ts";
import { placementBand, type PublicationSnapshot } from "#app/domain/publication.ts";
import { createTranslator } from "#app/i18n/messages.ts";

// Results go out in Norwegian, the award's language, like every other mail.
const t = createTranslator("nb");

/** One mail per entrant account of every submitted case, saying where their case placed. */
export function composeResultMails(
  snapshot: PublicationSnapshot,
  recipients: readonly { caseId: number; title: string; name: string; email: string }[],
  baseUrl: string,
): OutgoingMail[] {
  const year = snapshot.year;
  return recipients.map((recipient) => {
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
}
