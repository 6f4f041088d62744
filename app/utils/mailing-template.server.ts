import { formatDateTime } from "#app/i18n/format.ts";
import { createTranslator } from "#app/i18n/messages.ts";
import { publicBaseUrl } from "./mail.server.ts";

/**
 * The ready-made reminder a week before the submission deadline, in both languages, for the chair
 * to edit: the deadline in Oslo time as each language writes it, and the link to the entrant's
 * cases. `{name}` and `{organisation}` stay for the mailing to fill per recipient.
 */
export function deadlineReminderTexts(competition: { name: string; submissionDeadlineAt: Date }) {
  const text = (locale: "nb" | "en") => {
    const t = createTranslator(locale);
    const params = {
      competition: competition.name,
      deadline: formatDateTime(competition.submissionDeadlineAt, locale),
      link: `${publicBaseUrl()}/entrant`,
    };
    return { subject: t("mailings.template.subject", params), body: t("mailings.template.body", params) };
  };
  const nb = text("nb");
  const en = text("en");
  return { subjectNb: nb.subject, bodyNb: nb.body, subjectEn: en.subject, bodyEn: en.body };
}
