import { describe, expect, it } from "vitest";
import { isOnScale, missingScores, scaleValues, sheetTotal } from "#app/domain/scoring.ts";

describe("score sheet rules", () => {
  it("accepts only whole scores on the competition's scale", () => {
    const scale = { min: 1, max: 10 };
    expect(isOnScale(1, scale)).toBe(true);
    expect(isOnScale(10, scale)).toBe(true);
    expect(isOnScale(0, scale)).toBe(false);
    expect(isOnScale(11, scale)).toBe(false);
    expect(isOnScale(7.5, scale)).toBe(false);
    expect(scaleValues({ min: 0, max: 4 })).toEqual([0, 1, 2, 3, 4]);
  });

  it("names the steps still without a score", () => {
    expect(missingScores({ promise: 5, anchoring: null, realisation: null })).toEqual(["anchoring", "realisation"]);
    expect(missingScores({ promise: 5, anchoring: 6, realisation: 7 })).toEqual([]);
  });

  it("gives the weighted total only when all three steps are scored", () => {
    const weights = { promise: 30, anchoring: 30, realisation: 40 };
    expect(sheetTotal({ promise: 8, anchoring: 6, realisation: null }, weights)).toBeNull();
    expect(sheetTotal({ promise: 8, anchoring: 6, realisation: 9 }, weights)).toBeCloseTo(7.8, 10);
  });
});
