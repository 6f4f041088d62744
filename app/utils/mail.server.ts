import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import type { MailContent } from "#app/components/mail/mail-content.ts";
import { renderMail } from "#app/components/mail/render-mail.tsx";
import { accountLocales } from "#app/domain/account-locale.server.ts";
import { DEFAULT_LOCALE, type Locale } from "#app/domain/locales.ts";
import { db } from "./db.server.ts";
import { env } from "./env.server.ts";

/** One mail to one address: a template from app/components/mail, already in the recipient's language. */
export type MailMessage = { to: string; mail: MailContent };

/**
 * Links in mail point at PUBLIC_URL, else at this server on localhost (server.ts says so at start).
 * Never at the request's Host header: anyone can send any Host, and the link would carry a token.
 */
export function publicBaseUrl(): string {
  return env.PUBLIC_URL?.replace(/\/+$/, "") ?? `http://localhost:${env.PORT}`;
}

/** Where messages go when no SMTP server is configured (the embedded default). */
export const mailDropDir = resolve(join(env.DATA_DIR, "mail"));

let transport: Transporter | null = null;

function smtpTransport(): Transporter {
  transport ??= nodemailer.createTransport({
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    secure: env.SMTP_SECURE,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } : undefined,
  });
  return transport;
}

const fileTransport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

/**
 * The language to write to these addresses in: each account's own (users.locale), else `fallback`
 * (for an address with no account yet, such as an invitation: the sender's language).
 */
export function recipientLocales(emails: readonly string[], fallback: Locale = DEFAULT_LOCALE) {
  const chosen = accountLocales(db, emails);
  return (email: string): Locale => chosen.get(email) ?? fallback;
}

/**
 * Sends one message with an HTML and a text part by SMTP, or without SMTP settings writes it as an
 * .eml file and prints its links, so invitations work on a laptop with no mail server at all.
 */
export async function sendMail({ to, mail }: MailMessage): Promise<void> {
  const { subject, html, text } = await renderMail(mail);
  const envelope = { from: env.MAIL_FROM, to, subject, html, text };
  if (env.SMTP_HOST) {
    await smtpTransport().sendMail(envelope);
    return;
  }
  const info = await fileTransport.sendMail(envelope);
  mkdirSync(mailDropDir, { recursive: true });
  const file = join(mailDropDir, `${Date.now()}-${randomBytes(4).toString("hex")}.eml`);
  writeFileSync(file, info.message as Buffer);
  const links = [...new Set(text.match(/https?:\/\/\S+/g) ?? [])];
  console.log(`Mail to ${to} (“${subject}”) saved as ${file}${links.length ? `; links: ${links.join(" ")}` : ""}`);
}

/** Waits for a send and reports whether it went; a failure is logged, not thrown, so the page can say so. */
export async function delivered(sending: Promise<void>, what: string): Promise<boolean> {
  try {
    await sending;
    return true;
  } catch (error) {
    console.error(`${what} failed`, error);
    return false;
  }
}

/** Tries every send, even after one fails, and says how many failed. */
export async function failedDeliveries(sendings: Promise<void>[], what: string): Promise<number> {
  const outcomes = await Promise.all(sendings.map((sending) => delivered(sending, what)));
  return outcomes.filter((sent) => !sent).length;
}
