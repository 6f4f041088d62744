import { describe, expect, it } from "vitest";
import { jurorStanding } from "#app/domain/jury-states.ts";

const deadline = new Date("2026-12-01T22:59:00Z");
const before = new Date("2026-11-30T12:00:00Z");

describe("a juror's standing on the chair's overview", () => {
  it("is done when every assigned sheet is final, before and after the deadline", () => {
    expect(jurorStanding({ assigned: 3, final: 3 }, deadline, before)).toBe("done");
    expect(jurorStanding({ assigned: 3, final: 3 }, deadline, new Date("2026-12-02T00:00:00Z"))).toBe("done");
  });

  it("is behind with unfinished sheets while scoring is open, and late from the deadline minute on", () => {
    expect(jurorStanding({ assigned: 3, final: 2 }, deadline, before)).toBe("behind");
    expect(jurorStanding({ assigned: 3, final: 2 }, deadline, deadline)).toBe("late");
  });

  it("is never late in a round without a deadline", () => {
    expect(jurorStanding({ assigned: 2, final: 1 }, null, new Date("2030-01-01T00:00:00Z"))).toBe("behind");
  });

  it("has no standing without assigned cases", () => {
    expect(jurorStanding({ assigned: 0, final: 0 }, deadline, before)).toBe("none");
  });
});
