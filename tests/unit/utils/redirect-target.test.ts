import { describe, expect, it } from "vitest";
import { safeRedirectTarget } from "#app/utils/redirect-target.ts";

describe("safeRedirectTarget", () => {
  it("keeps paths on this site with their query and fragment", () => {
    expect(safeRedirectTarget("/entrant/cases/4")).toBe("/entrant/cases/4");
    expect(safeRedirectTarget("/chair/ranking?competition=2&method=median#top")).toBe(
      "/chair/ranking?competition=2&method=median#top",
    );
    expect(safeRedirectTarget("/results/2026?q=%C3%A6%20%C3%B8")).toBe("/results/2026?q=%C3%A6%20%C3%B8");
  });

  it.each([
    ["/\t/evil.example/phish"],
    ["/\n/evil.example"],
    ["/\r\n/evil.example"],
    ["/login\r\nSet-Cookie: evil=1"],
    ["//evil.example"],
    ["///evil.example"],
    ["/\\evil.example"],
    ["/\\/evil.example"],
    ["\\\\evil.example"],
    ["/%2F%2Fevil.example"],
    ["/%2f/evil.example"],
    ["/%5Cevil.example"],
    ["/ /evil.example"],
    ["https://evil.example/"],
    ["http:evil.example"],
    ["javascript:alert(1)"],
    [" /entrant"],
    ["entrant"],
    [""],
    ["/\u0000/evil.example"],
  ])("falls back for %j", (target) => {
    expect(safeRedirectTarget(target)).toBe("/");
    expect(safeRedirectTarget(target, "/entrant")).toBe("/entrant");
  });

  it("falls back for values that are not text", () => {
    expect(safeRedirectTarget(null)).toBe("/");
    expect(safeRedirectTarget(undefined, "/jury")).toBe("/jury");
    expect(safeRedirectTarget(new File([], "x"))).toBe("/");
  });
});
