import { describe, expect, it } from "vitest";
import { LOGIN_FAILURE_WINDOW_MS, LOGIN_MAX_FAILURES, loginLockedUntil } from "#app/domain/login-throttle.ts";

const now = new Date("2026-11-25T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("login lockout", () => {
  it("allows a login after nine failures", () => {
    const failures = Array.from({ length: LOGIN_MAX_FAILURES - 1 }, (_, i) => minutesAgo(i));
    expect(loginLockedUntil(failures, now)).toBeNull();
  });

  it("locks after ten failures within fifteen minutes, until the oldest one is fifteen minutes old", () => {
    const failures = Array.from({ length: LOGIN_MAX_FAILURES }, (_, i) => minutesAgo(i));
    expect(loginLockedUntil(failures, now)).toEqual(new Date(minutesAgo(9).getTime() + LOGIN_FAILURE_WINDOW_MS));
  });

  it("does not count failures older than fifteen minutes", () => {
    const failures = [...Array.from({ length: 9 }, (_, i) => minutesAgo(i)), minutesAgo(15), minutesAgo(20)];
    expect(loginLockedUntil(failures, now)).toBeNull();
  });

  it("with more than ten recent failures, waits for enough of them to expire", () => {
    const failures = Array.from({ length: 12 }, (_, i) => minutesAgo(i));
    // Two of the twelve must leave the window: the lock lifts when the third-oldest (9 min ago) does.
    expect(loginLockedUntil(failures, now)).toEqual(new Date(minutesAgo(9).getTime() + LOGIN_FAILURE_WINDOW_MS));
  });
});
