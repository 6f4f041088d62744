/**
 * One cookie's value from a Cookie header, or null. A malformed pair anywhere in the header (a
 * sibling domain's `foo=%ZZ`) is skipped rather than thrown: a cookie the portal did not set must
 * never lock anyone out of it.
 */
export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const pair of header.split(";")) {
    const separator = pair.indexOf("=");
    if (separator < 0 || pair.slice(0, separator).trim() !== name) continue;
    const raw = pair.slice(separator + 1).trim();
    try {
      return decodeURIComponent(raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw);
    } catch {
      return null;
    }
  }
  return null;
}
