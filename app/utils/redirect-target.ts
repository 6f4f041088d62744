/**
 * Only same-site paths may be redirect targets; "//evil.example" and absolute URLs fall back,
 * so a crafted login link cannot send someone elsewhere after they log in.
 */
export function safeRedirectTarget(target: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof target !== "string" || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) {
    return fallback;
  }
  return target;
}
