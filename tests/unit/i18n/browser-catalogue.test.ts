import { describe, expect, it } from "vitest";
import { nb } from "#app/i18n/nb.ts";
import { browserKeyFilter } from "../../../tooling/locale-catalogues.ts";

describe("the browser's share of the catalogue", () => {
  const inBrowser = browserKeyFilter();

  it("keeps keys browser code names, directly or by a prefix", () => {
    expect(inBrowser("nav.login")).toBe(true);
    expect(inBrowser("footer.text")).toBe(true);
    // t(`case.status.${status}`)
    expect(inBrowser("case.status.draft")).toBe(true);
  });

  it("leaves out what only the server words: mails and CSV headings", () => {
    expect(inBrowser("mail.verify.subject")).toBe(false);
    expect(inBrowser("csv.rank")).toBe(false);
  });

  it("keeps most of the catalogue", () => {
    const keys = Object.keys(nb);
    expect(keys.filter(inBrowser).length).toBeGreaterThan(keys.length / 2);
  });
});
