import { describe, expect, it } from "vitest";
import { composeMailingMail, fillPlaceholders, textsFor } from "#app/domain/mailings.ts";

const texts = {
  subjectNb: "Hei {name}",
  bodyNb: "Til {organisation}",
  subjectEn: "Hello {name}",
  bodyEn: "To {organisation}",
};

describe("a mailing's text per recipient", () => {
  it("gives English readers the English text when both its subject and body were written", () => {
    expect(textsFor("en", texts)).toEqual({ subject: "Hello {name}", body: "To {organisation}" });
    expect(textsFor("nb", texts)).toEqual({ subject: "Hei {name}", body: "Til {organisation}" });
  });

  it("gives everyone the Bokmål text when the English one is missing or half written", () => {
    expect(textsFor("en", { ...texts, subjectEn: null, bodyEn: null }).subject).toBe("Hei {name}");
    expect(textsFor("en", { ...texts, bodyEn: "" }).subject).toBe("Hei {name}");
  });

  it("fills {name} and {organisation}, every time they occur, and leaves other braces as written", () => {
    expect(
      fillPlaceholders("{name}, {name} i {organisation} {deadline} {}", { name: "Kari", organisation: "Bølgen" }),
    ).toBe("Kari, Kari i Bølgen {deadline} {}");
  });

  it("does not read placeholders inside a recipient's own name", () => {
    expect(fillPlaceholders("Hei {name}", { name: "{organisation}", organisation: "X" })).toBe("Hei {organisation}");
  });

  it("composes one recipient's mail in their language with their names", () => {
    expect(composeMailingMail(texts, { locale: "en", name: "Ola", organisationName: "Tind AS" })).toEqual({
      subject: "Hello Ola",
      body: "To Tind AS",
    });
  });
});
