import type { Locale } from "#app/domain/locales.ts";

const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * "850 kB" or "12,4 MB": the units the upload limits are stated in (10 MB = 10 × 1024 × 1024
 * bytes). Anything stored shows as at least 1 kB, so a small file never reads as nothing.
 */
export function formatBytes(bytes: number, locale: Locale): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(locale === "nb" ? "nb-NO" : "en-GB", { maximumFractionDigits: digits }).format(value);
  if (bytes === 0) return "0 kB";
  if (bytes < MIB) return `${number(Math.max(1, Math.round(bytes / KIB)), 0)} kB`;
  return `${number(bytes / MIB, 1)} MB`;
}
