import { describe, expect, it } from "vitest";
import { createTranslator } from "#app/i18n/messages.ts";
import { refusalWords } from "#app/utils/refusal.ts";
import { wordRefusal } from "#app/utils/refusal-words.server.ts";

const nbT = createTranslator("nb");
const enT = createTranslator("en");

describe("wording a refusal", () => {
  it("says a domain refusal's own reason under its status's title, in every language", () => {
    const worded = wordRefusal(409, "publish.lockedForGood");
    expect(worded.nb).toEqual({
      title: "Det går ikke nå",
      message: "Resultater er publisert; poenggivningen kan ikke åpnes igjen.",
    });
    expect(worded.en).toEqual({
      title: "Not possible right now",
      message: "Results are published; scoring cannot be reopened.",
    });
    expect(wordRefusal(404, "refusal.noResults", { year: 1999 }).en.message).toBe(
      "There are no published results for 1999.",
    );
  });

  it("calls a 403 with a reason 'not allowed', and lets a reason that only repeats the status use the status's words", () => {
    expect(wordRefusal(403, "publish.notLocked").nb.title).toBe("Ikke tillatt");
    expect(wordRefusal(404, "error.notFound.title").nb).toEqual({
      title: nbT("error.notFound.title"),
      message: nbT("error.notFound.body"),
    });
  });
});

describe("the error page's words", () => {
  const body = { reason: "publish.lockedForGood", worded: wordRefusal(409, "publish.lockedForGood") };

  it("picks the reader's language from a worded refusal", () => {
    expect(refusalWords(409, body, "en", enT).message).toBe("Results are published; scoring cannot be reopened.");
    expect(refusalWords(409, body, "nb", nbT).title).toBe("Det går ikke nå");
  });

  it("gives a bare refusal its status's words, and anything 5xx only 'our fault', whatever it carries", () => {
    expect(refusalWords(403, { reason: "forbidden" }, "nb", nbT).message).toBe(nbT("error.forbidden.body"));
    expect(refusalWords(500, body, "nb", nbT)).toEqual({
      title: nbT("error.server.title"),
      message: nbT("error.server.body"),
    });
  });
});
