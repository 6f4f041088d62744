import { describe, expect, it } from "vitest";
import { createTranslator } from "#app/i18n/messages.ts";
import { countPhrase, plural } from "#app/i18n/plural.ts";

describe("plural", () => {
  const forms = { one: "one", other: "other" };
  it("chooses the singular for exactly one, in Bokmål and English", () => {
    for (const locale of ["nb", "en"] as const) {
      expect(plural(locale, 1, forms)).toBe("one");
      for (const count of [0, 2, 5, 21, 100]) expect(plural(locale, count, forms)).toBe("other");
    }
  });

  it("writes counted phrases from the catalogue", () => {
    const keys = { one: "mail.assigned.cases.one", other: "mail.assigned.cases.other" } as const;
    expect(countPhrase(createTranslator("nb"), "nb", 1, keys)).toBe("1 ny sak");
    expect(countPhrase(createTranslator("nb"), "nb", 2, keys)).toBe("2 nye saker");
    expect(countPhrase(createTranslator("en"), "en", 1, keys)).toBe("1 new case");
    expect(countPhrase(createTranslator("en"), "en", 2, keys)).toBe("2 new cases");
    expect(countPhrase(createTranslator("en"), "en", 0, keys)).toBe("0 new cases");
  });
});
