// The chair's mail to entrants, the pure half: who it goes to, which language a recipient reads and
// the placeholders a text may hold. mailings.server.ts reads and writes.
import type { Locale } from "./locales.ts";

/**
 * Whose organisations a mailing reaches, by the state of their cases in the competition: "drafts"
 * an unsubmitted draft, "submitted" a submitted case. An organisation with both is in both.
 * Hook: once reopened cases keep a working copy beside the submitted version (issue 14, part A), a
 * "reopened" audience (a working copy not submitted again) belongs here and in `recipientCondition`
 * (mailings.server.ts), whose per-audience case test is then a query of its own, not a status.
 */
export const MAILING_AUDIENCES = ["drafts", "submitted"] as const;
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
