import { formatDateTime } from "#app/i18n/format.ts";
import { countPhrase } from "#app/i18n/plural.ts";
import { defineMail } from "./mail-content.ts";
import { TextBody } from "./mail-layout.tsx";

export type ReminderMailProps = { name: string; done: number; total: number; link: string } & (
  { round: "main"; scoringDeadlineAt: Date } | { round: "final" }
);

/** To a juror behind on a round: the main round names its deadline, the final round has none. */
export const reminderMail = defineMail<ReminderMailProps>((t, props, locale) => {
  const { name, done, total, link } = props;
  const text =
    props.round === "main"
      ? t("mail.reminder.body", {
          name,
          done,
          cases: countPhrase(t, locale, total, { one: "mail.reminder.cases.one", other: "mail.reminder.cases.other" }),
          link,
          deadline: formatDateTime(props.scoringDeadlineAt, locale),
        })
      : t("mail.finalReminder.body", {
          name,
          done,
          finalists: countPhrase(t, locale, total, {
            one: "mail.finalReminder.finalists.one",
            other: "mail.finalReminder.finalists.other",
          }),
          link,
        });
  return {
    subject: t(props.round === "main" ? "mail.reminder.subject" : "mail.finalReminder.subject"),
    body: <TextBody text={text} action={{ href: link, label: t("mail.action.jury") }} />,
  };
});
