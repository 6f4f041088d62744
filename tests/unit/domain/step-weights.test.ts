import { describe, expect, it } from "vitest";
import {
  areValidWeights,
  DEFAULT_STEP_WEIGHTS,
  weightedTotal,
  weightPercentages,
  stepContributions,
} from "#app/domain/step-weights.ts";

describe("step weights as percentages", () => {
  it("shows the default 30/30/40 as it is", () => {
    expect(weightPercentages(DEFAULT_STEP_WEIGHTS)).toEqual({ promise: 30, anchoring: 30, realisation: 40 });
  });

  it("scales any positive weights to percentages that add up to exactly 100", () => {
    expect(weightPercentages({ promise: 1, anchoring: 1, realisation: 1 })).toEqual({
      promise: 34,
      anchoring: 33,
      realisation: 33,
    });
    expect(weightPercentages({ promise: 2, anchoring: 3, realisation: 5 })).toEqual({
      promise: 20,
      anchoring: 30,
      realisation: 50,
    });
    expect(weightPercentages({ promise: 1, anchoring: 2, realisation: 4 })).toEqual({
      promise: 14,
      anchoring: 29,
      realisation: 57,
    });
  });

  it("accepts only whole weights from 1 to 1000", () => {
    expect(areValidWeights({ promise: 25, anchoring: 35, realisation: 40 })).toBe(true);
    expect(areValidWeights({ promise: 0, anchoring: 35, realisation: 40 })).toBe(false);
    expect(areValidWeights({ promise: -5, anchoring: 35, realisation: 40 })).toBe(false);
    expect(areValidWeights({ promise: 2.5, anchoring: 35, realisation: 40 })).toBe(false);
    expect(areValidWeights({ promise: 1001, anchoring: 35, realisation: 40 })).toBe(false);
  });
});

describe("a juror's weighted total", () => {
  it("is the weighted mean Σ wₖ·sₖ / Σ wₖ", () => {
    // (30·8 + 30·6 + 40·9) / 100 = (240 + 180 + 360) / 100 = 7.8
    expect(weightedTotal({ promise: 8, anchoring: 6, realisation: 9 }, DEFAULT_STEP_WEIGHTS)).toBeCloseTo(7.8, 10);
  });

  it("does not depend on the weights' scale, only their proportions", () => {
    const scores = { promise: 7, anchoring: 4, realisation: 10 };
    expect(weightedTotal(scores, { promise: 3, anchoring: 3, realisation: 4 })).toBeCloseTo(
      weightedTotal(scores, DEFAULT_STEP_WEIGHTS),
      10,
    );
  });

  it("weighs step 3 more in a category that says so", () => {
    const scores = { promise: 5, anchoring: 5, realisation: 10 };
    // (30·5 + 25·5 + 45·10) / 100 = 7.25
    expect(weightedTotal(scores, { promise: 30, anchoring: 25, realisation: 45 })).toBeCloseTo(7.25, 10);
  });
});

describe("each step's contribution to the weighted mean", () => {
  it("splits the total into weight share × step mean, adding up to the weighted total", () => {
    const contributions = stepContributions(
      { promise: 8, anchoring: 6, realisation: 7 },
      { promise: 30, anchoring: 30, realisation: 40 },
    );
    expect(contributions.promise).toBeCloseTo(2.4, 10);
    expect(contributions.anchoring).toBeCloseTo(1.8, 10);
    expect(contributions.realisation).toBeCloseTo(2.8, 10);
  });
});
