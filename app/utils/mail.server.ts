import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "./env.server.ts";

export type MailMessage = { to: string; subject: string; text: string };

/** Links in mail point at the public address when one is set, else where the request came in. */
export function publicBaseUrl(request: Request): string {
  return env.PUBLIC_URL ?? new URL(request.url).origin;
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
 * Sends one message by SMTP, or without SMTP settings writes it as an .eml file and prints its
 * links, so invitations work on a laptop with no mail server at all.
 */
export async function sendMail(message: MailMessage): Promise<void> {
  const envelope = { from: env.MAIL_FROM, ...message };
  if (env.SMTP_HOST) {
    await smtpTransport().sendMail(envelope);
    return;
  }
  const info = await fileTransport.sendMail(envelope);
  mkdirSync(mailDropDir, { recursive: true });
  const file = join(mailDropDir, `${Date.now()}-${randomBytes(4).toString("hex")}.eml`);
  writeFileSync(file, info.message as Buffer);
  const links = message.text.match(/https?:\/\/\S+/g) ?? [];
  console.log(
    `Mail to ${message.to} (“${message.subject}”) saved as ${file}${links.length ? `; links: ${links.join(" ")}` : ""}`,
  );
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
