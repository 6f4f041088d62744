import { describe, expect, it } from "vitest";
import { CASE_TEXT_FIELDS, missingForSubmission, overLimit } from "#app/domain/case-fields.ts";

const complete = {
  title: "Tittel",
  summary: "Sammendrag",
  servicePromise: "Løftet",
  anchoring: "Forankring",
  realisation: "Realisering",
};

describe("case fields", () => {
  it("needs every field to submit, and counts white space as empty", () => {
    expect(missingForSubmission(complete)).toEqual([]);
    expect(missingForSubmission({ ...complete, summary: "   \n", anchoring: "" })).toEqual(["summary", "anchoring"]);
    expect(missingForSubmission({})).toEqual(CASE_TEXT_FIELDS.map((field) => field.name));
  });

  it("counts characters, so a step full of æøå is not cut short", () => {
    expect(overLimit({ servicePromise: "ø".repeat(3000) })).toEqual([]);
    expect(overLimit({ servicePromise: "ø".repeat(3001), title: "x".repeat(151) })).toEqual([
      "title",
      "servicePromise",
    ]);
  });

  it("gives step 3, where results and evidence go, the most room", () => {
    const limits = Object.fromEntries(CASE_TEXT_FIELDS.map((field) => [field.name, field.max]));
    expect(limits).toEqual({ title: 150, summary: 600, servicePromise: 3000, anchoring: 5000, realisation: 8000 });
  });
});
