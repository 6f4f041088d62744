import { describe, expect, it } from "vitest";
import {
  conflictGround,
  memberDomains,
  namesCompany,
  parseTieLines,
  tieLabel,
  TIE_LINES_MAX,
  type ConflictCompany,
  type NamedConflict,
} from "#app/domain/conflicts.ts";

const fjordkraft: ConflictCompany = {
  id: 7,
  orgNumber: "923609016",
  name: "Fjord Kraft AS",
  memberDomains: ["fjordkraft.no"],
};
const named = (overrides: Partial<NamedConflict>): NamedConflict => ({
  jurorId: "anne",
  source: "juror",
  organisationId: null,
  orgNumber: null,
  organisationName: null,
  ...overrides,
});

describe("conflict domains come from members' verified addresses", () => {
  it("takes each domain once, lower-cased, and leaves out free-mail domains anyone can have", () => {
    expect(
      memberDomains(["Kari@Fjordkraft.no", "ola@fjordkraft.no", "privat@gmail.com", "leder@hotmail.no", "x@kunde.no"]),
    ).toEqual(["fjordkraft.no", "kunde.no"]);
  });

  it("keeps a juror on a colleague's domain off the company, whatever the case of the address", () => {
    expect(conflictGround({ id: "anne", email: "Anne@FJORDKRAFT.no" }, fjordkraft, [])).toBe("address");
    expect(conflictGround({ id: "bjorn", email: "bjorn@juryen.no" }, fjordkraft, [])).toBeNull();
  });

  it("never counts a free-mail domain, even if one slipped into the list", () => {
    const leaky = { ...fjordkraft, memberDomains: ["gmail.com"] };
    expect(conflictGround({ id: "anne", email: "anne@gmail.com" }, leaky, [])).toBeNull();
  });
});

describe("conflicts that name a company", () => {
  it("the chair's list names the company itself", () => {
    expect(namesCompany(named({ organisationId: 7 }), fjordkraft)).toBe(true);
    expect(namesCompany(named({ organisationId: 8 }), fjordkraft)).toBe(false);
  });

  it("a tie matches on the organisation number alone when it has one, spaces or not", () => {
    expect(namesCompany(named({ orgNumber: "923 609 016" }), fjordkraft)).toBe(true);
    expect(namesCompany(named({ orgNumber: "974760673", organisationName: "Fjord Kraft AS" }), fjordkraft)).toBe(false);
  });

  it("a tie without a number matches the name whatever its case and spacing", () => {
    expect(namesCompany(named({ organisationName: "fjordkraft  as" }), fjordkraft)).toBe(true);
    expect(namesCompany(named({ organisationName: "Fjord Kraft" }), fjordkraft)).toBe(false);
    expect(namesCompany(named({ organisationName: "   " }), fjordkraft)).toBe(false);
  });

  it("says which rule keeps the juror off, and only for that juror", () => {
    const conflicts = [named({ jurorId: "cecilie", source: "chair", organisationId: 7 })];
    expect(conflictGround({ id: "cecilie", email: "c@juryen.no" }, fjordkraft, conflicts)).toBe("chair");
    expect(conflictGround({ id: "didrik", email: "d@juryen.no" }, fjordkraft, conflicts)).toBeNull();
    expect(
      conflictGround({ id: "didrik", email: "d@juryen.no" }, fjordkraft, [
        named({ jurorId: "didrik", orgNumber: "923609016" }),
      ]),
    ).toBe("juror");
  });
});

describe("ties typed one per line", () => {
  it("reads numbers, names, and a number followed by a name; drops blank lines and repeats", () => {
    const { ties, errors } = parseTieLines(
      "923 609 016\n\n  Havbris AS  \n974760673 Posten Norge AS\n923609016\nhavbris as\n982 463 718 – Kiwi",
    );
    expect(errors).toEqual([]);
    expect(ties).toEqual([
      { orgNumber: "923609016", organisationName: null },
      { orgNumber: null, organisationName: "Havbris AS" },
      { orgNumber: "974760673", organisationName: "Posten Norge AS" },
      { orgNumber: "982463718", organisationName: "Kiwi" },
    ]);
  });

  it("reports each bad organisation number by its line, keeping the good lines", () => {
    const { ties, errors } = parseTieLines("923609017\nHavbris AS\n12345\n923609016 Fjordkraft");
    expect(errors).toEqual([
      { line: 1, text: "923609017", problem: "orgNumber" },
      { line: 3, text: "12345", problem: "orgNumber" },
    ]);
    expect(ties.map(tieLabel)).toEqual(["Havbris AS", "Fjordkraft (923609016)"]);
  });

  it("takes names that merely start with digits as names", () => {
    expect(parseTieLines("3M Norge AS\n24SevenOffice").ties.map(tieLabel)).toEqual(["3M Norge AS", "24SevenOffice"]);
  });

  it("refuses names that are too long and lists that are too long", () => {
    expect(parseTieLines("x".repeat(201)).errors).toEqual([{ line: 1, text: "x".repeat(201), problem: "tooLong" }]);
    const many = Array.from({ length: TIE_LINES_MAX + 1 }, (_, index) => `Bedrift ${index}`).join("\n");
    expect(parseTieLines(many).errors).toEqual([{ line: 0, text: "", problem: "tooMany" }]);
  });
});
