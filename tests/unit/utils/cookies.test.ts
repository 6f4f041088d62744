import { describe, expect, it } from "vitest";
import { readCookie } from "#app/utils/cookies.ts";

describe("readCookie", () => {
  it("finds a cookie among others and decodes it", () => {
    expect(readCookie("a=1; lang=en; awards_session=abc%2Bdef", "awards_session")).toBe("abc+def");
    expect(readCookie("lang=en", "lang")).toBe("en");
    expect(readCookie('lang="nb"', "lang")).toBe("nb");
  });

  it("ignores malformed pairs instead of throwing", () => {
    expect(readCookie("foo=%ZZ; lang=en", "lang")).toBe("en");
    expect(readCookie("foo=%ZZ; lang=en", "foo")).toBeNull();
    expect(readCookie("=; ;novalue; lang=nb", "lang")).toBe("nb");
    expect(readCookie(null, "lang")).toBeNull();
    expect(readCookie("language=en", "lang")).toBeNull();
  });
});
