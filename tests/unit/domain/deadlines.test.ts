import { describe, expect, it } from "vitest";
import {
  isRoundOpen,
  isScoringOpen,
  osloLocalToUtc,
  submissionPhase,
  utcToOsloLocal,
  validateCompetitionDates,
} from "#app/domain/deadlines.ts";

describe("Oslo wall-clock time to UTC", () => {
  it("puts a winter deadline at 23:59 Oslo on 22:59 UTC (CET, +01:00)", () => {
    expect(osloLocalToUtc("2027-01-31T23:59")?.toISOString()).toBe("2027-01-31T22:59:00.000Z");
  });

  it("puts a summer deadline at 23:59 Oslo on 21:59 UTC (CEST, +02:00)", () => {
    expect(osloLocalToUtc("2026-06-15T23:59")?.toISOString()).toBe("2026-06-15T21:59:00.000Z");
  });

  it("handles the nights around the spring change (29 March 2026)", () => {
    expect(osloLocalToUtc("2026-03-29T01:59")?.toISOString()).toBe("2026-03-29T00:59:00.000Z");
    expect(osloLocalToUtc("2026-03-29T03:00")?.toISOString()).toBe("2026-03-29T01:00:00.000Z");
  });

  it("moves a time that does not exist in spring one hour on, as the clock shows it (02:30 → 03:30 CEST)", () => {
    expect(osloLocalToUtc("2026-03-29T02:30")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(utcToOsloLocal(osloLocalToUtc("2026-03-29T02:30")!)).toBe("2026-03-29T03:30");
  });

  it("takes the first of the two 02:30s in autumn (25 October 2026), the summer-time one", () => {
    expect(osloLocalToUtc("2026-10-25T02:30")?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(osloLocalToUtc("2026-10-25T03:30")?.toISOString()).toBe("2026-10-25T02:30:00.000Z");
    expect(osloLocalToUtc("2026-10-25T01:30")?.toISOString()).toBe("2026-10-24T23:30:00.000Z");
  });

  it("accepts seconds and rejects what is not a date and time", () => {
    expect(osloLocalToUtc("2026-12-01T12:00:30")?.toISOString()).toBe("2026-12-01T11:00:30.000Z");
    for (const value of ["", "2026-12-01", "2026-02-30T10:00", "2026-12-01T24:00", "i morgen", "2026-13-01T10:00"]) {
      expect(osloLocalToUtc(value), value).toBeNull();
    }
  });

  it("round-trips every hour of a year through Oslo time", () => {
    for (let hour = 0; hour < 365 * 24; hour += 7) {
      const instant = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000);
      const local = utcToOsloLocal(instant);
      const back = osloLocalToUtc(local)!;
      // Only the repeated autumn hour maps back to its earlier twin.
      expect(utcToOsloLocal(back)).toBe(local);
    }
  });
});

describe("submission window", () => {
  const window = {
    submissionOpensAt: new Date("2026-09-01T07:00:00Z"),
    submissionDeadlineAt: new Date("2026-12-01T22:59:00Z"),
  };

  it("is not open before the opening instant", () => {
    expect(submissionPhase(window, new Date("2026-09-01T06:59:59.999Z"))).toBe("not-open");
    expect(submissionPhase(window, new Date("2026-09-01T07:00:00Z"))).toBe("open");
  });

  it("is open one millisecond before the deadline and closed at the deadline itself", () => {
    expect(submissionPhase(window, new Date("2026-12-01T22:58:59.999Z"))).toBe("open");
    expect(submissionPhase(window, new Date("2026-12-01T22:59:00Z"))).toBe("closed");
  });
});

describe("scoring window", () => {
  const deadline = new Date("2027-01-15T22:59:00Z");
  it("is open before the deadline unless the chair has locked scoring", () => {
    expect(
      isScoringOpen({ scoringDeadlineAt: deadline, scoringLockedAt: null }, new Date("2027-01-10T12:00:00Z")),
    ).toBe(true);
    expect(
      isScoringOpen(
        { scoringDeadlineAt: deadline, scoringLockedAt: new Date("2027-01-09T12:00:00Z") },
        new Date("2027-01-10T12:00:00Z"),
      ),
    ).toBe(false);
    expect(isScoringOpen({ scoringDeadlineAt: deadline, scoringLockedAt: null }, deadline)).toBe(false);
  });

  it("opens the final round only between the chair's opening and locking it, deadline or not", () => {
    const locked = new Date("2027-01-16T12:00:00Z");
    const windows = {
      scoringDeadlineAt: deadline,
      scoringLockedAt: locked,
      finalRoundOpenedAt: null,
      finalRoundLockedAt: null,
      finalRoundDeadlineAt: null,
    };
    const afterDeadline = new Date("2027-02-01T12:00:00Z");
    expect(isRoundOpen("final", windows, afterDeadline)).toBe(false);
    expect(isRoundOpen("final", { ...windows, finalRoundOpenedAt: afterDeadline }, afterDeadline)).toBe(true);
    expect(
      isRoundOpen(
        "final",
        { ...windows, finalRoundOpenedAt: afterDeadline, finalRoundLockedAt: afterDeadline },
        afterDeadline,
      ),
    ).toBe(false);
    expect(isRoundOpen("main", { ...windows, finalRoundOpenedAt: afterDeadline }, afterDeadline)).toBe(false);
  });
});

describe("competition dates", () => {
  const opens = new Date("2026-09-01T07:00:00Z");
  const deadline = new Date("2026-12-01T22:59:00Z");
  const scoring = new Date("2027-01-15T22:59:00Z");

  it("accepts opening, then submission deadline, then scoring deadline", () => {
    expect(
      validateCompetitionDates({
        submissionOpensAt: opens,
        submissionDeadlineAt: deadline,
        scoringDeadlineAt: scoring,
      }),
    ).toEqual([]);
  });

  it("names a submission deadline before the opening and a scoring deadline before the submission deadline", () => {
    expect(
      validateCompetitionDates({ submissionOpensAt: deadline, submissionDeadlineAt: opens, scoringDeadlineAt: opens }),
    ).toEqual([
      { field: "submissionDeadlineAt", problem: "deadline-before-opening" },
      { field: "scoringDeadlineAt", problem: "scoring-before-submission-deadline" },
    ]);
  });
});
