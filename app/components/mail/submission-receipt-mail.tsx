import { Column, Row, Section } from "@react-email/components";
import { formatDateTime } from "#app/i18n/format.ts";
import { defineMail } from "./mail-content.ts";
import { MailButton, MailParagraph } from "./mail-layout.tsx";

export type SubmissionReceiptMailProps = {
  recipientName: string;
  submitterName: string;
  reference: string;
  title: string;
  categoryName: string;
  organisationName: string;
  submittedAt: Date;
  deadline: Date;
  attachments: readonly { name: string; sizeBytes: number }[];
  link: string;
};

const label = { color: "#4b5563", fontSize: "14px", padding: "4px 12px 4px 0", verticalAlign: "top", width: "35%" };
const value = { color: "#1f2933", fontSize: "16px", padding: "4px 0", verticalAlign: "top" };

/** To the submitter and the company's administrators: what was submitted, when, and with which files. */
export const submissionReceiptMail = defineMail<SubmissionReceiptMailProps>((t, props, locale) => {
  const facts: [string, string][] = [
    [t("receipt.reference"), props.reference],
    [t("receipt.submittedAt"), formatDateTime(props.submittedAt, locale)],
    [t("receipt.case"), props.title],
    [t("receipt.category"), props.categoryName],
    [t("receipt.organisation"), props.organisationName],
    [t("mail.receipt.submittedBy"), props.submitterName],
    [
      t("mail.receipt.attachments"),
      props.attachments.length
        ? props.attachments
            .map((file) => `${file.name} (${Math.max(1, Math.round(file.sizeBytes / 1024))} kB)`)
            .join(", ")
        : t("mail.receipt.noAttachments"),
    ],
  ];
  return {
    subject: t("mail.receipt.subject", { reference: props.reference }),
    body: (
      <>
        <MailParagraph>{t("mail.receipt.greeting", { name: props.recipientName })}</MailParagraph>
        <MailParagraph>{t("mail.receipt.intro", { title: props.title })}</MailParagraph>
        <Section style={{ margin: "0 0 16px" }}>
          {facts.map(([name, text]) => (
            <Row key={name}>
              <Column style={label}>{name}:</Column>
              <Column style={value}>{text}</Column>
            </Row>
          ))}
        </Section>
        <MailParagraph>
          {t("mail.receipt.editNote", { deadline: formatDateTime(props.deadline, locale) })}
        </MailParagraph>
        <MailButton href={props.link}>{t("mail.receipt.action")}</MailButton>
        <MailParagraph>{t("mail.receipt.signoff")}</MailParagraph>
      </>
    ),
  };
});
