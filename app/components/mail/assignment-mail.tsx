import { formatDateTime } from "#app/i18n/format.ts";
import { countPhrase, plural } from "#app/i18n/plural.ts";
import { defineMail } from "./mail-content.ts";
import { TextBody } from "./mail-layout.tsx";

export type AssignmentMailProps = { name: string; count: number; link: string; scoringDeadlineAt: Date };

/** To a juror given new cases, by a saved plan or by hand. */
export const assignmentMail = defineMail<AssignmentMailProps>((t, props, locale) => ({
  subject: t(plural(locale, props.count, { one: "mail.assigned.subject.one", other: "mail.assigned.subject.other" })),
  body: (
    <TextBody
      text={t("mail.assigned.body", {
        name: props.name,
        cases: countPhrase(t, locale, props.count, {
          one: "mail.assigned.cases.one",
          other: "mail.assigned.cases.other",
        }),
        link: props.link,
        deadline: formatDateTime(props.scoringDeadlineAt, locale),
      })}
      action={{ href: props.link, label: t("mail.action.jury") }}
    />
  ),
}));
