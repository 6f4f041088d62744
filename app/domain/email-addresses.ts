/** Anyone can have an address on these, so sharing one proves no tie to a company. */
const FREE_MAIL_DOMAINS = new Set([
  "gmail.com",
  "googlemail.com",
  "hotmail.com",
  "hotmail.no",
  "outlook.com",
  "live.com",
  "live.no",
  "yahoo.com",
  "yahoo.no",
  "icloud.com",
  "me.com",
  "online.no",
  "proton.me",
  "protonmail.com",
  "msn.com",
]);

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function emailDomainOf(email: string): string {
  return normaliseEmail(email).split("@").pop() ?? "";
}

export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL_DOMAINS.has(domain.toLowerCase());
}
