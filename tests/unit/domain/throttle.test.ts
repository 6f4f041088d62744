import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword, ARGON2_CONCURRENCY, ARGON2_MAX_WAITING } from "#app/domain/passwords.server.ts";
import { ATTEMPT_LIMITS, attemptBlockedUntil, clientKey, type RecentAttempt } from "#app/domain/throttle.ts";
import { DomainError } from "#app/domain/errors.ts";

const now = new Date("2026-11-25T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const limits = ATTEMPT_LIMITS.login;
const attempts = (count: number, subject: (i: number) => string, client: (i: number) => string): RecentAttempt[] =>
  Array.from({ length: count }, (_, i) => ({ subject: subject(i), client: client(i), at: minutesAgo(i % 10) }));

describe("attempt limits", () => {
  const key = { subject: "kari@example.no", client: "203.0.113.1" };

  it("locks an address for the client that failed ten times, not for another client", () => {
    const recent = attempts(
      limits.perSubjectFromClient,
      () => key.subject,
      () => key.client,
    );
    expect(attemptBlockedUntil(recent, key, now, limits)).not.toBeNull();
    expect(attemptBlockedUntil(recent, { ...key, client: "198.51.100.1" }, now, limits)).toBeNull();
  });

  it("locks a client that failed on many addresses, for every address", () => {
    const recent = attempts(
      limits.perClient,
      (i) => `user${i}@example.no`,
      () => key.client,
    );
    expect(attemptBlockedUntil(recent, { ...key, subject: "new@example.no" }, now, limits)).not.toBeNull();
    expect(attemptBlockedUntil(recent, { ...key, client: "198.51.100.1" }, now, limits)).toBeNull();
  });

  it("locks an address failed from many clients, for every client", () => {
    const recent = attempts(
      limits.perSubject,
      () => key.subject,
      (i) => `192.0.2.${i}`,
    );
    expect(attemptBlockedUntil(recent, { ...key, client: "198.51.100.1" }, now, limits)).not.toBeNull();
    expect(attemptBlockedUntil(recent.slice(1), { ...key, client: "198.51.100.1" }, now, limits)).toBeNull();
  });

  it("waits for the latest of the locks that apply", () => {
    const pair = attempts(
      limits.perSubjectFromClient,
      () => key.subject,
      () => key.client,
    );
    const client = Array.from({ length: limits.perClient }, (_, i) => ({
      subject: `other${i}@example.no`,
      client: key.client,
      at: minutesAgo(1),
    }));
    expect(attemptBlockedUntil([...pair, ...client], key, now, limits)).toEqual(
      new Date(minutesAgo(1).getTime() + limits.windowMs),
    );
  });
});

describe("client key", () => {
  it("keeps IPv4, unwraps IPv4-mapped IPv6 and groups IPv6 by /64", () => {
    expect(clientKey("203.0.113.7")).toBe("203.0.113.7");
    expect(clientKey("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(clientKey("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:0db8:0001:0002:ffff:0:0:9")).toBe("2001:db8:1:2::/64");
    expect(clientKey("::1")).toBe("0:0:0:0::/64");
    expect(clientKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(clientKey(undefined)).toBe("unknown");
  });
});

describe("Argon2 pool", () => {
  it("runs a few at a time, lets a bounded line wait and refuses the rest at once", async () => {
    const stored = await hashPassword("et langt og trygt passord");
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, () => verifyPassword(stored, "et langt og trygt passord")),
    );
    const evaluated = results.filter((result) => result.status === "fulfilled");
    const refused = results.filter((result) => result.status === "rejected");
    expect(evaluated).toHaveLength(ARGON2_CONCURRENCY + ARGON2_MAX_WAITING);
    expect(evaluated.every((result) => result.value)).toBe(true);
    for (const result of refused) {
      expect(result.reason).toBeInstanceOf(DomainError);
      expect((result.reason as DomainError).kind).toBe("rate-limited");
    }
  });
});
