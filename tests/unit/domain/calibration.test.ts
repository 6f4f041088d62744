import { describe, expect, it } from "vitest";
import {
  calibrationThreshold,
  compareSampleSheet,
  leaningOf,
  median,
  mustCalibrateFirst,
  samplesStillToCalibrate,
  spreadOf,
} from "#app/domain/calibration.ts";

const scale = { min: 1, max: 10 };
const weights = { promise: 30, anchoring: 30, realisation: 40 };
const sheet = (promise: number, anchoring: number, realisation: number) => ({ promise, anchoring, realisation });

describe("the calibration's median and spread", () => {
  it("takes the middle value, or the mean of the two middle ones, in any order", () => {
    expect(median([7, 3, 5])).toBe(5);
    expect(median([8, 2, 6, 4])).toBe(5);
    expect(median([4])).toBe(4);
    expect(median([])).toBeNull();
  });

  it("gives the lowest and highest total and the range between them", () => {
    expect(spreadOf([6.4, 8, 5.2])).toEqual({ min: 5.2, max: 8, range: 8 - 5.2 });
    expect(spreadOf([])).toBeNull();
  });
});

describe("harsher or milder than the rest", () => {
  it("needs a tenth of the scale's span: 0.9 points on 1–10, 0.4 on 1–5", () => {
    expect(calibrationThreshold(scale)).toBeCloseTo(0.9, 10);
    expect(calibrationThreshold({ min: 1, max: 5 })).toBeCloseTo(0.4, 10);
  });

  it("calls a difference of exactly the threshold harsher or milder, and anything closer in line", () => {
    expect(leaningOf(-0.9, 0.9)).toBe("harsher");
    expect(leaningOf(0.9, 0.9)).toBe("milder");
    expect(leaningOf(0.89, 0.9)).toBe("inLine");
    expect(leaningOf(-0.5, 0.9)).toBe("inLine");
    expect(leaningOf(-3, 0.9)).toBe("harsher");
  });
});

describe("comparing one sample sheet with the others'", () => {
  it("compares every step and the weighted total with the others' median and range", () => {
    // Own 4, 4, 4 → total 4. Others: 7, 6, 8 (total 7.1) and 8, 8, 9 (total 8.4) and 6, 7, 7 (total 6.7).
    const comparison = compareSampleSheet(
      sheet(4, 4, 4),
      [sheet(7, 6, 8), sheet(8, 8, 9), sheet(6, 7, 7)],
      weights,
      scale,
    );
    expect(comparison.others).toBe(3);
    expect(comparison.steps.promise).toMatchObject({ own: 4, median: 7, min: 6, max: 8, difference: -3 });
    expect(comparison.steps.anchoring).toMatchObject({ own: 4, median: 7, min: 6, max: 8, leaning: "harsher" });
    expect(comparison.steps.realisation).toMatchObject({ own: 4, median: 8, min: 7, max: 9 });
    expect(comparison.total.own).toBeCloseTo(4, 10);
    expect(comparison.total.median).toBeCloseTo(7.1, 10);
    expect(comparison.total.min).toBeCloseTo(6.7, 10);
    expect(comparison.total.max).toBeCloseTo(8.4, 10);
    expect(comparison.total.difference).toBeCloseTo(-3.1, 10);
    expect(comparison.total.leaning).toBe("harsher");
  });

  it("says milder above the median and in line near it", () => {
    const others = [sheet(5, 5, 5), sheet(6, 6, 6)];
    expect(compareSampleSheet(sheet(8, 8, 8), others, weights, scale).total.leaning).toBe("milder");
    expect(compareSampleSheet(sheet(6, 6, 5), others, weights, scale).total.leaning).toBe("inLine");
  });

  it("gives median and range against one other sheet, but no verdict: one juror is not the rest", () => {
    const comparison = compareSampleSheet(sheet(3, 3, 3), [sheet(9, 9, 9)], weights, scale);
    expect(comparison.total).toMatchObject({ median: 9, min: 9, max: 9, difference: -6, leaning: null });
  });

  it("has nothing to compare with before anyone else submits", () => {
    const comparison = compareSampleSheet(sheet(5, 6, 7), [], weights, scale);
    expect(comparison.others).toBe(0);
    expect(comparison.total).toMatchObject({ median: null, min: null, max: null, difference: null, leaning: null });
    expect(comparison.total.own).toBeCloseTo(6.1, 10);
  });
});

describe("calibrating before scoring real cases", () => {
  it("asks for every sample of an open round without a submitted sheet", () => {
    const round = { isOpen: true, sampleIds: [11, 12] };
    expect(samplesStillToCalibrate(round, [])).toEqual([11, 12]);
    expect(samplesStillToCalibrate(round, [12])).toEqual([11]);
    expect(mustCalibrateFirst(samplesStillToCalibrate(round, [12]))).toBe(true);
    expect(samplesStillToCalibrate(round, [11, 12])).toEqual([]);
    expect(mustCalibrateFirst(samplesStillToCalibrate(round, [12, 11]))).toBe(false);
  });

  it("asks nothing once the round is closed, or when there is none", () => {
    expect(samplesStillToCalibrate({ isOpen: false, sampleIds: [11] }, [])).toEqual([]);
    expect(samplesStillToCalibrate(null, [])).toEqual([]);
  });
});
