/** Failures for one address from one client (IP) that lock that pair: the owner elsewhere is unaffected. */
export const LOGIN_MAX_FAILURES = 10;
/** Failures from one client across all addresses: stops one machine trying many accounts (ADR 0006). */
export const LOGIN_MAX_FAILURES_PER_CLIENT = 50;
/** Failures for one address from every client together: caps distributed guessing (ADR 0006). */
export const LOGIN_MAX_FAILURES_PER_ADDRESS = 100;
export const LOGIN_FAILURE_WINDOW_MS = 15 * 60 * 1000;

/**
 * Given the failed attempts counted against one limit (any order), returns when the next attempt
 * is allowed, or null when it is allowed now. Attempts refused by the lock are not failures, so the
 * lock lifts when the oldest counted failure leaves the window.
 */
export function loginLockedUntil(
  failureTimes: readonly Date[],
  now: Date,
  maxFailures = LOGIN_MAX_FAILURES,
  windowMs = LOGIN_FAILURE_WINDOW_MS,
): Date | null {
  const windowStart = now.getTime() - windowMs;
  const recent = failureTimes
    .map((time) => time.getTime())
    .filter((time) => time > windowStart)
    .sort((a, b) => a - b);
  if (recent.length < maxFailures) return null;
  const failureThatMustExpire = recent[recent.length - maxFailures]!;
  return new Date(failureThatMustExpire + windowMs);
}
