import { formatDateTime } from "#app/i18n/format.ts";
import { countPhrase } from "#app/i18n/plural.ts";
import { defineMail } from "./mail-content.ts";
import { TextBody } from "./mail-layout.tsx";

export type ReminderMailProps = {
  name: string;
  done: number;
  total: number;
  link: string;
  round: "main" | "final";
  /** The round's deadline; null for a final round opened before it had one. */
  deadline: Date | null;
};

/** To a juror behind on a round, naming the round's own deadline. */
export const reminderMail = defineMail<ReminderMailProps>((t, props, locale) => {
  const { name, done, total, link, round } = props;
  const deadline = props.deadline ? formatDateTime(props.deadline, locale) : null;
  const text =
    round === "main"
      ? t("mail.reminder.body", {
          name,
          done,
          cases: countPhrase(t, locale, total, { one: "mail.reminder.cases.one", other: "mail.reminder.cases.other" }),
          link,
          deadline: deadline ?? "",
        })
      : t(deadline ? "mail.finalReminder.bodyWithDeadline" : "mail.finalReminder.body", {
          name,
          done,
          finalists: countPhrase(t, locale, total, {
            one: "mail.finalReminder.finalists.one",
            other: "mail.finalReminder.finalists.other",
          }),
          link,
          deadline: deadline ?? "",
        });
  return {
    subject: t(round === "main" ? "mail.reminder.subject" : "mail.finalReminder.subject"),
    body: <TextBody text={text} action={{ href: link, label: t("mail.action.jury") }} />,
  };
});
