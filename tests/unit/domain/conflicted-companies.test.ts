import { describe, expect, it } from "vitest";
import {
  conflictedCompanies,
  conflictGround,
  type ConflictCompany,
  type ConflictJuror,
  type NamedConflict,
} from "#app/domain/conflicts.ts";

const companies: ConflictCompany[] = [
  { id: 1, orgNumber: "923609016", name: "Fjord Kraft AS", memberDomains: ["fjordkraft.no"] },
  { id: 2, orgNumber: "974760673", name: "Havbris AS", memberDomains: ["havbris.no", "gmail.com"] },
  { id: 3, orgNumber: "982463718", name: "fjordkraft as", memberDomains: [] },
  { id: 4, orgNumber: "971524960", name: "Tindefjell", memberDomains: ["havbris.no"] },
  { id: 5, orgNumber: "985399077", name: "", memberDomains: [] },
];
const tie = (jurorId: string, overrides: Partial<NamedConflict>): NamedConflict => ({
  jurorId,
  source: "juror",
  organisationId: null,
  orgNumber: null,
  organisationName: null,
  ...overrides,
});
const conflicts = [
  tie("anne", { orgNumber: "974 760 673" }),
  tie("bjorn", { organisationName: "Fjord  Kraft AS" }),
  tie("cecilie", { source: "chair", organisationId: 4 }),
  tie("cecilie", { organisationId: 99 }),
  tie("didrik", { organisationName: "" }),
];
const jurors: ConflictJuror[] = [
  { id: "anne", email: "anne@juryen.no" },
  { id: "bjorn", email: "bjorn@FJORDKRAFT.no" },
  { id: "cecilie", email: "cecilie@gmail.com" },
  { id: "didrik", email: "didrik@havbris.no" },
  { id: "eva", email: "" },
];

describe("the companies each juror is in conflict with, for many jurors at once", () => {
  it("are exactly those conflictGround names, juror by juror and company by company", () => {
    const lookup = conflictedCompanies(companies, conflicts);
    for (const juror of jurors) {
      const expected = companies
        .filter((company) => conflictGround(juror, company, conflicts) !== null)
        .map((company) => company.id);
      expect([...lookup(juror)].sort(), juror.id).toEqual(expected);
    }
  });

  it("find a tie by number, by name whatever its spacing, by id, and a colleague's domain", () => {
    const lookup = conflictedCompanies(companies, conflicts);
    expect([...lookup(jurors[0]!)]).toEqual([2]);
    expect([...lookup(jurors[1]!)].sort()).toEqual([1, 3]);
    expect([...lookup(jurors[2]!)]).toEqual([4]);
    expect([...lookup(jurors[3]!)].sort()).toEqual([2, 4]);
    expect(lookup(jurors[4]!).size).toBe(0);
  });
});
