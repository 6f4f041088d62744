import { describe, expect, it } from "vitest";
import { formatBytes } from "#app/i18n/format-bytes.ts";
import { formatDateTime, formatDecimal, formatScore, formatTime } from "#app/i18n/format.ts";

// The formatters are built once per locale and reused; these pin that the reused ones print exactly
// what a formatter built for each call (the old way) printed.
const fresh = (locale: "nb" | "en", options: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(locale === "nb" ? "nb-NO" : "en-GB", options);

const values = [0, 1, 7.345, 7.355, -2.5, 9.999, 1234.5, 1234567.891, 0.005];

describe("cached formatters", () => {
  it("print scores exactly as a formatter built per call did, in both languages, call after call", () => {
    for (const locale of ["nb", "en"] as const) {
      for (const value of values) {
        const expected = fresh(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
        expect(formatScore(value, locale)).toBe(expected);
        expect(formatScore(value, locale)).toBe(expected);
      }
    }
    expect(formatScore(7.35, "nb")).toBe("7,35");
    expect(formatScore(7.35, "en")).toBe("7.35");
    expect(formatScore(1234.5, "nb")).toBe("1\u00a0234,50");
  });

  it("keep the two languages apart whichever is asked first", () => {
    expect([formatScore(9, "en"), formatScore(9, "nb"), formatScore(9, "en")]).toEqual(["9.00", "9,00", "9.00"]);
    expect([formatDecimal(1.5, 1, "nb"), formatDecimal(1.5, 1, "en")]).toEqual(["1,5", "1.5"]);
  });

  it("print decimals and byte sizes as before", () => {
    for (const locale of ["nb", "en"] as const) {
      for (const value of values) {
        expect(formatDecimal(value, 0, locale)).toBe(fresh(locale, { maximumFractionDigits: 0 }).format(value));
        expect(formatDecimal(value, 1, locale)).toBe(fresh(locale, { maximumFractionDigits: 1 }).format(value));
      }
    }
    expect(formatBytes(12.44 * 1024 * 1024, "nb")).toBe("12,4 MB");
    expect(formatBytes(2048 * 1024, "en")).toBe("2 MB");
  });

  it("print dates and times in Oslo time as before", () => {
    const moment = new Date("2026-06-01T10:32:00Z");
    expect(formatTime(moment, "nb")).toBe("12:32");
    expect(formatTime(moment, "en")).toBe("12:32");
    for (const locale of ["nb", "en"] as const) {
      const expected = new Intl.DateTimeFormat(locale === "nb" ? "nb-NO" : "en-GB", {
        timeZone: "Europe/Oslo",
        dateStyle: "long",
        timeStyle: "short",
      }).format(moment);
      expect(formatDateTime(moment, locale)).toBe(expected);
      expect(formatDateTime(moment.getTime(), locale)).toBe(expected);
    }
  });
});
