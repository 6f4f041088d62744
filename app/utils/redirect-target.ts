/**
 * The one check for redirect targets taken from a request (`redirectTo` in a query or form): only a
 * path on this site passes, anything else falls back. Browsers drop tabs and newlines from URLs and
 * read a backslash as a slash, so "/\t/evil.example" or "/\\evil.example" would leave the site.
 */
export function safeRedirectTarget(target: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof target !== "string" || !target.startsWith("/")) return fallback;
  // Control characters (tab, newline …), backslashes and spaces have no place in our own links.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f\\]/.test(target)) return fallback;
  // Checked the way the browser will read it: still on this origin, with the same path we were given.
  const base = "http://portal.invalid";
  let parsed: URL;
  try {
    parsed = new URL(target, base);
  } catch {
    return fallback;
  }
  if (parsed.origin !== base || target.startsWith("//")) return fallback;
  // "/%2F%2Fevil.example" is harmless to a browser, but a path that decodes to "//…" is one proxy away from it.
  if (/^\/(%2f|%5c)/i.test(target)) return fallback;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}
