import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/argon2";
import { DomainError } from "./errors.ts";

// OWASP's recommended Argon2id parameters (19 MiB, 2 passes, 1 lane); @node-rs/argon2 defaults to Argon2id.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * At most this many Argon2 runs at once, whatever arrives: each takes a core for tens of
 * milliseconds, and page views need the rest. Two on a two-core machine (measured with
 * `npm run bench`), one core left free on bigger ones.
 */
export const ARGON2_CONCURRENCY = Math.max(2, availableParallelism() - 1);
/** Log-ins waiting beyond this are refused with "try again shortly" instead of piling up. */
export const ARGON2_MAX_WAITING = 32;

let running = 0;
const waiting: (() => void)[] = [];

async function inArgon2Pool<T>(task: () => Promise<T>, options: { refuseWhenFull: boolean }): Promise<T> {
  if (running >= ARGON2_CONCURRENCY) {
    if (options.refuseWhenFull && waiting.length >= ARGON2_MAX_WAITING) {
      throw new DomainError("rate-limited", "login.busy");
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    running += 1;
  }
  try {
    return await task();
  } finally {
    // The slot passes straight to the next in line, so `running` counts it without a gap.
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

/**
 * Hashing waits for a slot however long the line: registration, setup and invitations are not
 * refused mid-form (their own attempt limits are the part of issue 11 still to come).
 */
export function hashPassword(password: string): Promise<string> {
  return inArgon2Pool(() => hash(password, ARGON2_OPTIONS), { refuseWhenFull: false });
}

// Verifying against this when the e-mail is unknown keeps both paths equally slow,
// so response time does not reveal which e-mails have accounts.
const unknownUserHash = hash("no account has this password", ARGON2_OPTIONS);

/**
 * Both known and unknown addresses go through the same pool and the same work. Throws a
 * "rate-limited" DomainError when the pool's line is full.
 */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  const reference = passwordHash ?? (await unknownUserHash);
  const ok = await inArgon2Pool(() => verify(reference, password).catch(() => false), { refuseWhenFull: true });
  return passwordHash !== null && ok;
}
