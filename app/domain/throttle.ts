import {
  LOGIN_FAILURE_WINDOW_MS,
  LOGIN_MAX_FAILURES,
  LOGIN_MAX_FAILURES_PER_ADDRESS,
  LOGIN_MAX_FAILURES_PER_CLIENT,
  loginLockedUntil,
} from "./login-throttle.ts";

/** How many failures each key may collect inside the window (ADR 0006). */
export type AttemptLimits = {
  windowMs: number;
  /** One subject (an e-mail address) from one client: the limit a single guesser meets. */
  perSubjectFromClient: number;
  /** One client across all subjects. */
  perClient: number;
  /** One subject from all clients: the ceiling for distributed guessing. */
  perSubject: number;
};

export const ATTEMPT_LIMITS = {
  login: {
    windowMs: LOGIN_FAILURE_WINDOW_MS,
    perSubjectFromClient: LOGIN_MAX_FAILURES,
    perClient: LOGIN_MAX_FAILURES_PER_CLIENT,
    perSubject: LOGIN_MAX_FAILURES_PER_ADDRESS,
  },
  // "Forgot password" requests all count (each may send a mail): a few an hour for one address is
  // plenty for its owner, and stops the form being used to flood someone's inbox.
  reset: {
    windowMs: 60 * 60 * 1000,
    perSubjectFromClient: 5,
    perClient: 20,
    perSubject: 10,
  },
  // Accepting an invitation runs the strength check and Argon2, so every post to a live link counts:
  // its owner needs a handful of tries at most; more from one client or on one address is a flood.
  invitation: {
    windowMs: 60 * 60 * 1000,
    perSubjectFromClient: 10,
    perClient: 30,
    perSubject: 20,
  },
  // Every registration counts, valid or refused: each one may send a mail and create an account,
  // so one address or one client cannot fill the database or someone's inbox.
  register: {
    windowMs: 60 * 60 * 1000,
    perSubjectFromClient: 5,
    perClient: 20,
    perSubject: 10,
  },
  // A new verification link (resent, or for a corrected address): a handful an hour is enough for
  // someone whose mail is slow, and keeps the button from flooding an inbox.
  verifyMail: {
    windowMs: 60 * 60 * 1000,
    perSubjectFromClient: 5,
    perClient: 20,
    perSubject: 5,
  },
} as const satisfies Record<string, AttemptLimits>;

export type ThrottledAction = keyof typeof ATTEMPT_LIMITS;

export type RecentAttempt = { subject: string; client: string; at: Date };

/**
 * When the next attempt for `subject` from `client` is allowed, or null for now: every limit must
 * allow it, so the latest of the three locks counts.
 */
export function attemptBlockedUntil(
  recent: readonly RecentAttempt[],
  key: { subject: string; client: string },
  now: Date,
  limits: AttemptLimits,
): Date | null {
  const timesWhere = (keep: (attempt: RecentAttempt) => boolean) => recent.filter(keep).map((attempt) => attempt.at);
  const locks = [
    loginLockedUntil(
      timesWhere((a) => a.subject === key.subject && a.client === key.client),
      now,
      limits.perSubjectFromClient,
      limits.windowMs,
    ),
    loginLockedUntil(
      timesWhere((a) => a.client === key.client),
      now,
      limits.perClient,
      limits.windowMs,
    ),
    loginLockedUntil(
      timesWhere((a) => a.subject === key.subject),
      now,
      limits.perSubject,
      limits.windowMs,
    ),
  ].filter((until) => until !== null);
  if (locks.length === 0) return null;
  return new Date(Math.max(...locks.map((until) => until.getTime())));
}

/** Whole minutes to wait, at least one, for a "try again in N minutes" message. */
export function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}

/**
 * The key a client is counted under: its IPv4 address, or the /64 network of an IPv6 address,
 * since one household or server is handed a whole /64 and could otherwise step through it.
 */
export function clientKey(ip: string | undefined): string {
  if (!ip) return "unknown";
  const mappedV4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mappedV4) return mappedV4[1]!;
  if (!ip.includes(":")) return ip;
  const [head = "", tail = ""] = ip.toLowerCase().split("%")[0]!.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const missing = ip.includes("::") ? 8 - headGroups.length - tailGroups.length : 0;
  const groups = [...headGroups, ...Array<string>(Math.max(0, missing)).fill("0"), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
