// The chair's mail to entrants, the pure half: who it goes to, which language a recipient reads and
// the placeholders a text may hold. mailings.server.ts reads and writes.
import type { Locale } from "./locales.ts";

/**
 * Whose organisations a mailing reaches, by the state of their cases in the competition: "drafts"
 * an unsubmitted draft, "reopened" a submitted case whose reopened working copy is not sent in
 * again, "submitted" a submitted case. An organisation with several is in each.
 */
export const MAILING_AUDIENCES = ["drafts", "reopened", "submitted"] as const;
export type MailingAudience = (typeof MAILING_AUDIENCES)[number];

export type MailingTexts = { subjectNb: string; bodyNb: string; subjectEn: string | null; bodyEn: string | null };

/** The placeholders a text may hold, filled per recipient. */
export const MAILING_PLACEHOLDERS = ["name", "organisation"] as const;
export type MailingPlaceholders = Record<(typeof MAILING_PLACEHOLDERS)[number], string>;

/** Limits the compose form and the domain share. */
export const MAILING_SUBJECT_MAX = 200;
export const MAILING_BODY_MAX = 10_000;

/** An English text is used only when both its subject and body were written; otherwise the Bokmål one. */
export function textsFor(locale: Locale, texts: MailingTexts): { subject: string; body: string } {
  if (locale === "en" && texts.subjectEn && texts.bodyEn) return { subject: texts.subjectEn, body: texts.bodyEn };
  return { subject: texts.subjectNb, body: texts.bodyNb };
}

/** `{name}` and `{organisation}` become the recipient's; any other braces stay as written. */
export function fillPlaceholders(text: string, values: MailingPlaceholders): string {
  return text.replace(/\{(name|organisation)\}/g, (_match, key: keyof MailingPlaceholders) => values[key]);
}

/** One recipient's mail: their language's text with their placeholders filled. */
export function composeMailingMail(
  texts: MailingTexts,
  recipient: { locale: Locale; name: string; organisationName: string },
): { subject: string; body: string } {
  const chosen = textsFor(recipient.locale, texts);
  const values = { name: recipient.name, organisation: recipient.organisationName };
  return { subject: fillPlaceholders(chosen.subject, values), body: fillPlaceholders(chosen.body, values) };
}
