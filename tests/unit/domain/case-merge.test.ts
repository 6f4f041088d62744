import { describe, expect, it } from "vitest";
import { mergeFields } from "#app/domain/case-merge.ts";

const base = { title: "Tittel", step1: "Løftet", step3: "Måling", categoryId: 1 };

describe("merging a colleague's save field by field", () => {
  it("keeps the colleague's edit to a field I did not touch and takes mine where only I changed", () => {
    const theirs = { ...base, step1: "Løftet, skjerpet av kollegaen" };
    const mine = { ...base, step3: "Måling hver uke" };
    expect(mergeFields(base, mine, theirs)).toEqual({
      merged: { ...base, step1: "Løftet, skjerpet av kollegaen", step3: "Måling hver uke" },
      conflicts: [],
    });
  });

  it("reports a field both changed differently and keeps theirs there until I choose", () => {
    const theirs = { ...base, step1: "Deres løfte", title: "Ny tittel" };
    const mine = { ...base, step1: "Mitt løfte", step3: "Min måling" };
    expect(mergeFields(base, mine, theirs)).toEqual({
      merged: { ...base, step1: "Deres løfte", title: "Ny tittel", step3: "Min måling" },
      conflicts: ["step1"],
    });
  });

  it("sees no conflict when both wrote the same text, and merges the category like a text", () => {
    const theirs = { ...base, step1: "Samme", categoryId: 2 };
    const mine = { ...base, step1: "Samme" };
    expect(mergeFields(base, mine, theirs)).toEqual({ merged: theirs, conflicts: [] });
    expect(mergeFields(base, { ...base, categoryId: 3 }, theirs).conflicts).toEqual(["categoryId"]);
  });

  it("treats an empty base as a base: a field both started empty is mine if only I wrote in it", () => {
    const empty = { ...base, step3: "" };
    expect(mergeFields(empty, { ...empty, step3: "Nytt" }, { ...empty, title: "Annen" }).merged.step3).toBe("Nytt");
  });

  it("overwrites nothing blindly when the base is missing: any difference is a conflict", () => {
    const theirs = { ...base, step1: "Deres" };
    const mine = { ...base, step3: "Mitt" };
    expect(mergeFields({}, mine, theirs)).toEqual({ merged: theirs, conflicts: ["step1", "step3"] });
  });
});
