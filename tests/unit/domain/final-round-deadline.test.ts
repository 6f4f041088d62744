import { describe, expect, it } from "vitest";
import { isRoundOpen, openRound, roundDeadline } from "#app/domain/deadlines.ts";

// Issue 15: the final round closes at its own deadline, and a juror is told which round is open.

const scoringDeadlineAt = new Date("2027-01-15T22:59:00Z");
const openedAt = new Date("2027-02-01T09:00:00Z");
const finalRoundDeadlineAt = new Date("2027-02-10T11:00:00Z");
const windows = {
  scoringDeadlineAt,
  scoringLockedAt: new Date("2027-01-16T12:00:00Z"),
  finalRoundOpenedAt: openedAt,
  finalRoundLockedAt: null,
  finalRoundDeadlineAt,
};

describe("the final round's own deadline", () => {
  it("keeps the final round open up to, not including, its deadline", () => {
    expect(isRoundOpen("final", windows, new Date("2027-02-10T10:59:59Z"))).toBe(true);
    expect(isRoundOpen("final", windows, finalRoundDeadlineAt)).toBe(false);
  });

  it("keeps a final round opened without a deadline open until it is locked", () => {
    const later = new Date("2030-01-01T00:00:00Z");
    expect(isRoundOpen("final", { ...windows, finalRoundDeadlineAt: null }, later)).toBe(true);
    expect(isRoundOpen("final", { ...windows, finalRoundDeadlineAt: null, finalRoundLockedAt: later }, later)).toBe(
      false,
    );
  });

  it("names the open round: the final round, the main round, or none", () => {
    expect(openRound(windows, new Date("2027-02-05T12:00:00Z"))).toBe("final");
    expect(
      openRound(
        { ...windows, scoringLockedAt: null, finalRoundOpenedAt: null, finalRoundDeadlineAt: null },
        new Date("2027-01-10T12:00:00Z"),
      ),
    ).toBe("main");
    expect(openRound(windows, new Date("2027-02-11T12:00:00Z"))).toBeNull();
  });

  it("gives each round its own deadline", () => {
    expect(roundDeadline("main", windows)).toBe(scoringDeadlineAt);
    expect(roundDeadline("final", windows)).toBe(finalRoundDeadlineAt);
  });
});
