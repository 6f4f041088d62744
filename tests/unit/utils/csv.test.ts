import { describe, expect, it } from "vitest";
import { toCsv } from "#app/utils/csv.ts";

describe("CSV for Excel with Norwegian settings", () => {
  it("starts with a byte-order mark, separates with semicolons, ends lines with CRLF and keeps æøå", () => {
    expect(
      toCsv([
        ["Bedrift", "Poeng"],
        ["Blåbær & Sønn AS", 7],
      ]),
    ).toBe("\uFEFFBedrift;Poeng\r\nBlåbær & Sønn AS;7\r\n");
  });

  it("writes decimals with a comma and empty cells for missing values", () => {
    expect(toCsv([[7.3666, null, 10]])).toBe("\uFEFF7,37;;10\r\n");
  });

  it("quotes cells with semicolons, quotes and line breaks", () => {
    expect(toCsv([['Sa «ja»; "kanskje"', "linje 1\nlinje 2"]])).toBe(
      '\uFEFF"Sa «ja»; ""kanskje""";"linje 1\nlinje 2"\r\n',
    );
  });

  it("neutralises text that a spreadsheet would run as a formula", () => {
    expect(toCsv([['=HYPERLINK("http://x")', "+47 22 00 00 00", "-5", "@SUM(A1)", "Vanlig"]])).toBe(
      '\uFEFF"\'=HYPERLINK(""http://x"")";\'+47 22 00 00 00;\'-5;\'@SUM(A1);Vanlig\r\n',
    );
  });
});
