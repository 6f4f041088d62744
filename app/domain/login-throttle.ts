export const LOGIN_MAX_FAILURES = 10;
export const LOGIN_FAILURE_WINDOW_MS = 15 * 60 * 1000;

/**
 * Given the failed attempts for one e-mail inside the window (any order), returns when the
 * next attempt is allowed, or null when it is allowed now. Attempts refused by the lock are not
 * failures, so the lock lifts when the oldest counted failure leaves the window.
 */
export function loginLockedUntil(failureTimes: readonly Date[], now: Date): Date | null {
  const windowStart = now.getTime() - LOGIN_FAILURE_WINDOW_MS;
  const recent = failureTimes
    .map((time) => time.getTime())
    .filter((time) => time > windowStart)
    .sort((a, b) => a - b);
  if (recent.length < LOGIN_MAX_FAILURES) return null;
  const failureThatMustExpire = recent[recent.length - LOGIN_MAX_FAILURES]!;
  return new Date(failureThatMustExpire + LOGIN_FAILURE_WINDOW_MS);
}
