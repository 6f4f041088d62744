import type { Locale } from "#app/domain/locales.ts";
import { formatDecimal } from "./format.ts";

const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * "850 kB" or "12,4 MB": the units the upload limits are stated in (10 MB = 10 × 1024 × 1024
 * bytes). Anything stored shows as at least 1 kB, so a small file never reads as nothing.
 */
export function formatBytes(bytes: number, locale: Locale): string {
  if (bytes === 0) return "0 kB";
  if (bytes < MIB) return `${formatDecimal(Math.max(1, Math.round(bytes / KIB)), 0, locale)} kB`;
  return `${formatDecimal(bytes / MIB, 1, locale)} MB`;
}
