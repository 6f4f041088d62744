import { describe, expect, it } from "vitest";
import { diffWords, hasChanges, type DiffPart } from "#app/domain/text-diff.ts";

const join = (parts: DiffPart[], keep: DiffPart["kind"]) =>
  parts
    .filter((part) => part.kind === "same" || part.kind === keep)
    .map((part) => part.text)
    .join("");

describe("word diff between two versions", () => {
  it("marks a corrected word as removed and added, the rest as kept", () => {
    expect(diffWords("Vi svarer innen en tme.", "Vi svarer innen en time.")).toEqual([
      { kind: "same", text: "Vi svarer innen en " },
      { kind: "removed", text: "tme" },
      { kind: "added", text: "time" },
      { kind: "same", text: "." },
    ]);
  });

  it("finds words added in the middle", () => {
    expect(diffWords("kunden får svar", "kunden får alltid svar")).toEqual([
      { kind: "same", text: "kunden får " },
      { kind: "added", text: "alltid " },
      { kind: "same", text: "svar" },
    ]);
  });

  it("gives back both texts exactly, line breaks included", () => {
    const before = "Første linje\nandre linje med ord\n\ntredje";
    const after = "Første linje\nandre setning med flere ord\ntredje og siste";
    const parts = diffWords(before, after);
    expect(join(parts, "removed")).toBe(before);
    expect(join(parts, "added")).toBe(after);
    expect(hasChanges(parts)).toBe(true);
  });

  it("keeps punctuation apart from the word before it", () => {
    expect(diffWords("innen en time", "innen en time, alltid")).toEqual([
      { kind: "same", text: "innen en time" },
      { kind: "added", text: ", alltid" },
    ]);
  });

  it("reports no change for equal texts and handles empty ones", () => {
    expect(diffWords("samme tekst", "samme tekst")).toEqual([{ kind: "same", text: "samme tekst" }]);
    expect(hasChanges(diffWords("samme tekst", "samme tekst"))).toBe(false);
    expect(diffWords("", "")).toEqual([]);
    expect(diffWords("", "ny")).toEqual([{ kind: "added", text: "ny" }]);
    expect(diffWords("gammel", "")).toEqual([{ kind: "removed", text: "gammel" }]);
  });
});
