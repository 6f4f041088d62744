import { describe, expect, it } from "vitest";
import { publicationParams, publishBlockers } from "#app/domain/publication-freeze.ts";
import { createTranslator } from "#app/i18n/messages.ts";

const deadline = new Date("2026-11-30T22:59:00Z");
const locked = new Date("2026-12-02T09:00:00Z");

describe("publishBlockers", () => {
  it("waits for the submission deadline and the scoring lock", () => {
    const before = new Date("2026-11-30T22:58:59Z");
    expect(publishBlockers({ submissionDeadlineAt: deadline, scoringLockedAt: null }, before)).toEqual([
      "submission-open",
      "scoring-open",
    ]);
    expect(publishBlockers({ submissionDeadlineAt: deadline, scoringLockedAt: locked }, before)).toEqual([
      "submission-open",
    ]);
    expect(publishBlockers({ submissionDeadlineAt: deadline, scoringLockedAt: null }, deadline)).toEqual([
      "scoring-open",
    ]);
  });

  it("lets a stage go out at the deadline itself once scoring is locked", () => {
    expect(publishBlockers({ submissionDeadlineAt: deadline, scoringLockedAt: locked }, deadline)).toEqual([]);
  });
});

describe("publicationParams", () => {
  it("names the publication in Oslo time in the reader's language", () => {
    const params = publicationParams({ year: 2026, publishedAt: new Date("2026-12-03T11:00:00Z") });
    expect(createTranslator("nb")("freeze.sheet", params)).toBe(
      "Resultatet for 2026 ble publisert 3. desember 2026 kl. 12:00; vurderingsskjemaene står fast.",
    );
    expect(createTranslator("en")("freeze.sheet", params)).toBe(
      "The result for 2026 was published 3 December 2026 at 12:00; the score sheets stand.",
    );
  });

  it("follows summer time", () => {
    const params = publicationParams({ year: 2027, publishedAt: new Date("2027-06-15T10:00:00Z") });
    expect(createTranslator("nb")("freeze.method", params)).toContain("15. juni 2027 kl. 12:00");
  });
});
