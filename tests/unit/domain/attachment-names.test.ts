import { describe, expect, it } from "vitest";
import { safeDownloadName } from "#app/domain/attachments.ts";

describe("safeDownloadName", () => {
  it("drops bidi overrides and other invisible format characters", () => {
    expect(safeDownloadName("rapport\u202Eexe.pdf", "application/pdf")).toBe("rapportexe.pdf");
    expect(safeDownloadName("\u2066a\u2069\u200Bb\uFEFF.png", "image/png")).toBe("ab.png");
    expect(safeDownloadName("linje\u2028to\u0007.pdf", "application/pdf")).toBe("linjeto.pdf");
  });

  it("keeps the characters browsers send in ordinary names", () => {
    expect(safeDownloadName("a=b.pdf", "application/pdf")).toBe("a=b.pdf");
    expect(safeDownloadName("a;b.pdf", "application/pdf")).toBe("a;b.pdf");
    expect(safeDownloadName("x'y'.pdf", "application/pdf")).toBe("x'y'.pdf");
    expect(safeDownloadName("Kundeundersøkelse 2026.pdf", "application/pdf")).toBe("Kundeundersøkelse 2026.pdf");
  });
});
