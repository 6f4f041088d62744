import { describe, expect, it } from "vitest";
import { en } from "#app/i18n/en.ts";
import { nb } from "#app/i18n/nb.ts";
import { createTranslator } from "#app/i18n/messages.ts";

describe("message catalogue", () => {
  it("has an English text for every Norwegian key and no extra ones", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nb) as (keyof typeof nb)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nb[key]));
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    const t = createTranslator("nb");
    expect(t("login.lockedOut", { minutes: 12 })).toBe(
      "For mange mislykkede forsøk. Vent 12 minutter før du prøver igjen.",
    );
    expect(t("login.lockedOut")).toContain("{minutes}");
    expect(createTranslator("en")("nav.login")).toBe("Log in");
  });
});
