import { describe, expect, it } from "vitest";
import { planAutoAssignment, type AssignableCase, type AssignableJuror } from "#app/domain/assignment.ts";
import type { ConflictCompany } from "#app/domain/conflicts.ts";

const juror = (id: string, domain = "jury.no"): AssignableJuror => ({ id, email: `${id}@${domain}` });
const jurors = (count: number, domain = "jury.no"): AssignableJuror[] =>
  Array.from({ length: count }, (_, index) => juror(`juror-${index + 1}`, domain));
/** A company whose verified members have addresses on `domains`. */
const company = (id: number, domains: string[] = []): ConflictCompany => ({
  id,
  orgNumber: String(900000000 + id),
  name: `Bedrift ${id}`,
  memberDomains: domains,
});
const cases = (count: number): AssignableCase[] =>
  Array.from({ length: count }, (_, index) => ({ id: index + 1, company: company(index + 1) }));

function loads(plan: ReturnType<typeof planAutoAssignment>): number[] {
  const counts = new Map<string, number>();
  for (const assignment of plan.assignments) counts.set(assignment.jurorId, (counts.get(assignment.jurorId) ?? 0) + 1);
  return [...counts.values()].sort((a, b) => a - b);
}

describe("automatic assignment", () => {
  it("gives every case the minimum number of different jurors", () => {
    const plan = planAutoAssignment(cases(7), jurors(5), [], 3);
    expect(plan.shortfalls).toEqual([]);
    for (let caseId = 1; caseId <= 7; caseId += 1) {
      const chosen = plan.assignments
        .filter((assignment) => assignment.caseId === caseId)
        .map((assignment) => assignment.jurorId);
      expect(new Set(chosen).size).toBe(3);
    }
  });

  it("spreads the load as evenly as possible (21 places over 5 jurors: 4 or 5 each)", () => {
    expect(loads(planAutoAssignment(cases(7), jurors(5), [], 3))).toEqual([4, 4, 4, 4, 5]);
  });

  it("gives the same plan for the same situation", () => {
    expect(planAutoAssignment(cases(6), jurors(4), [], 2)).toEqual(planAutoAssignment(cases(6), jurors(4), [], 2));
  });

  it("never gives a juror a case they declared a conflict with, and the conflict does not count as a place", () => {
    const plan = planAutoAssignment(
      cases(1),
      jurors(4),
      [{ caseId: 1, jurorId: "juror-1", conflictDeclared: true }],
      3,
    );
    expect(plan.assignments.map((assignment) => assignment.jurorId).sort()).toEqual(["juror-2", "juror-3", "juror-4"]);
  });

  it("never gives a juror a case from a company with a verified member on their e-mail domain", () => {
    const pool = [...jurors(3), { id: "insider", email: "kollega@Fjordkraft.no" }];
    const plan = planAutoAssignment([{ id: 1, company: company(1, ["fjordkraft.no"]) }], pool, [], 3);
    expect(plan.assignments.map((assignment) => assignment.jurorId)).not.toContain("insider");
    expect(plan.shortfalls).toEqual([]);
  });

  it("never gives a juror a case from a company on the chair's list or among the juror's ties", () => {
    const plan = planAutoAssignment(
      [{ id: 1, company: { ...company(1), orgNumber: "923609016", name: "Fjordkraft AS" } }],
      jurors(5),
      [],
      3,
      [
        { jurorId: "juror-1", source: "chair", organisationId: 1, orgNumber: null, organisationName: null },
        { jurorId: "juror-2", source: "juror", organisationId: null, orgNumber: "923 609 016", organisationName: null },
      ],
    );
    expect(plan.assignments.map((assignment) => assignment.jurorId).sort()).toEqual(["juror-3", "juror-4", "juror-5"]);
  });

  it("counts existing assignments, adding only what is missing and balancing around them", () => {
    const existing = [
      { caseId: 1, jurorId: "juror-1", conflictDeclared: false },
      { caseId: 1, jurorId: "juror-2", conflictDeclared: false },
    ];
    const plan = planAutoAssignment(cases(2), jurors(4), existing, 2);
    expect(plan.assignments).toEqual([
      { caseId: 2, jurorId: expect.stringMatching(/juror-[34]/) },
      { caseId: 2, jurorId: expect.stringMatching(/juror-[34]/) },
    ]);
  });

  it("says which cases cannot get enough jurors, and by how many", () => {
    const plan = planAutoAssignment(cases(2), jurors(2), [], 3);
    expect(plan.shortfalls).toEqual([
      { caseId: 1, missing: 1 },
      { caseId: 2, missing: 1 },
    ]);
    expect(plan.assignments).toHaveLength(4);
  });

  it("fills the most constrained case first so a conflict elsewhere does not starve it", () => {
    // Case 2 can only use jurors 3 and 4 (1 and 2 are its insiders); case 1 can use anyone.
    const pool: AssignableJuror[] = [
      juror("juror-1", "b.no"),
      juror("juror-2", "b.no"),
      juror("juror-3", "jury.no"),
      juror("juror-4", "jury.no"),
    ];
    const plan = planAutoAssignment(
      [
        { id: 1, company: company(1, ["a.no"]) },
        { id: 2, company: company(2, ["b.no"]) },
      ],
      pool,
      [],
      2,
    );
    expect(plan.shortfalls).toEqual([]);
    expect(
      plan.assignments
        .filter((assignment) => assignment.caseId === 2)
        .map((assignment) => assignment.jurorId)
        .sort(),
    ).toEqual(["juror-3", "juror-4"]);
    expect(
      plan.assignments
        .filter((assignment) => assignment.caseId === 1)
        .map((assignment) => assignment.jurorId)
        .sort(),
    ).toEqual(["juror-1", "juror-2"]);
  });
});
