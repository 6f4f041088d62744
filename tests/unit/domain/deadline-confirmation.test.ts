import { describe, expect, it } from "vitest";
import { deadlinesNeedingConfirmation, osloLocalNextYear, validateCompetitionDates } from "#app/domain/deadlines.ts";

describe("deadlines that need the chair's confirmation", () => {
  const now = new Date("2026-11-26T12:00:00Z");
  const dates = {
    submissionOpensAt: new Date("2026-01-04T08:00:00Z"),
    submissionDeadlineAt: new Date("2026-11-26T12:00:00Z"),
    scoringDeadlineAt: new Date("2026-12-01T12:00:00Z"),
  };

  it("asks for a deadline at or before now, not for one after it, nor for a passed opening", () => {
    expect(deadlinesNeedingConfirmation(dates, now)).toEqual(["submissionDeadlineAt"]);
    expect(
      deadlinesNeedingConfirmation({ ...dates, submissionDeadlineAt: new Date("2026-11-26T12:00:01Z") }, now),
    ).toEqual([]);
    expect(
      deadlinesNeedingConfirmation({ ...dates, scoringDeadlineAt: new Date("2026-01-01T00:00:00Z") }, now),
    ).toEqual(["submissionDeadlineAt", "scoringDeadlineAt"]);
  });

  it("does not ask again for a passed deadline already stored as it is", () => {
    expect(deadlinesNeedingConfirmation(dates, now, dates)).toEqual([]);
    const moved = { ...dates, submissionDeadlineAt: new Date("2026-11-01T12:00:00Z") };
    expect(deadlinesNeedingConfirmation(moved, now, dates)).toEqual(["submissionDeadlineAt"]);
  });

  it("skips a date the form did not give", () => {
    expect(deadlinesNeedingConfirmation({ ...dates, submissionDeadlineAt: null }, now)).toEqual([]);
    expect(validateCompetitionDates({ ...dates, submissionDeadlineAt: null })).toEqual([]);
  });
});

describe("the same Oslo time a year on", () => {
  it("keeps the wall-clock time and moves 29 February to the 28th", () => {
    expect(osloLocalNextYear("2026-01-04T09:00")).toBe("2027-01-04T09:00");
    expect(osloLocalNextYear("2028-02-29T23:59")).toBe("2029-02-28T23:59");
    expect(osloLocalNextYear("2027-02-28T12:00")).toBe("2028-02-28T12:00");
  });
});
