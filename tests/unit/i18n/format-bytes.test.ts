import { describe, expect, it } from "vitest";
import { formatBytes } from "#app/i18n/format-bytes.ts";

describe("formatBytes", () => {
  it("shows nothing stored as 0 kB and a small file as at least 1 kB", () => {
    expect(formatBytes(0, "nb")).toBe("0 kB");
    expect(formatBytes(70, "nb")).toBe("1 kB");
    expect(formatBytes(850 * 1024, "en")).toBe("850 kB");
  });

  it("switches to MB with one decimal in the reader's own notation", () => {
    expect(formatBytes(1024 * 1024, "nb")).toBe("1 MB");
    expect(formatBytes(1.5 * 1024 * 1024, "nb")).toBe("1,5 MB");
    expect(formatBytes(1.5 * 1024 * 1024, "en")).toBe("1.5 MB");
    expect(formatBytes(150 * 1024 * 1024, "en")).toBe("150 MB");
  });
});
