import { createHash } from "node:crypto";
import { conflictedCompanies, type ConflictCompany, type ConflictJuror, type NamedConflict } from "./conflicts.ts";

/** A submitted case with the company it comes from, whose conflicts keep jurors off it. */
export type AssignableCase = { id: number; company: ConflictCompany };
export type AssignableJuror = ConflictJuror;
export type ExistingAssignment = { caseId: number; jurorId: string; conflictDeclared: boolean };

export type AutoAssignmentPlan = {
  assignments: { caseId: number; jurorId: string }[];
  /** Cases that still lack jurors after the plan, and how many are missing. */
  shortfalls: { caseId: number; missing: number }[];
};

/** A stable pseudo-random number per pair, so ties are broken the same way every time. */
export function pairRank(jurorId: string, caseId: number): string {
  return createHash("sha256").update(`${jurorId}:${caseId}`).digest("hex");
}

/**
 * Gives every case `perCase` jurors, keeping loads as even as possible and never choosing a juror
 * in conflict with the case's company (a colleague's address, the chair's list, the juror's own ties)
 * or who declared a conflict with the case. Cases with the fewest eligible jurors go first, since
 * they have the least room; each picks the least-loaded eligible jurors. Existing assignments count
 * towards both the case and the juror's load; a declared conflict does not fill a place.
 */
export function planAutoAssignment(
  cases: readonly AssignableCase[],
  jurors: readonly AssignableJuror[],
  existing: readonly ExistingAssignment[],
  perCase: number,
  conflicts: readonly NamedConflict[] = [],
): AutoAssignmentPlan {
  const load = new Map(jurors.map((juror) => [juror.id, 0]));
  const assignedTo = new Map<number, Set<string>>(cases.map((item) => [item.id, new Set()]));
  const filled = new Map<number, number>(cases.map((item) => [item.id, 0]));
  for (const assignment of existing) {
    assignedTo.get(assignment.caseId)?.add(assignment.jurorId);
    if (assignment.conflictDeclared) continue;
    load.set(assignment.jurorId, (load.get(assignment.jurorId) ?? 0) + 1);
    filled.set(assignment.caseId, (filled.get(assignment.caseId) ?? 0) + 1);
  }

  // Each juror's conflicts are looked up once, not once per case and juror.
  const conflictedWith = conflictedCompanies(
    new Map(cases.map((item) => [item.company.id, item.company])).values(),
    conflicts,
  );
  const inConflict = new Map(jurors.map((juror) => [juror.id, conflictedWith(juror)]));
  const eligible = new Map(
    cases.map((item) => [
      item.id,
      jurors.filter(
        (juror) => !assignedTo.get(item.id)!.has(juror.id) && !inConflict.get(juror.id)!.has(item.company.id),
      ),
    ]),
  );
  const eligibleFor = (item: AssignableCase) => eligible.get(item.id)!;
  const order = [...cases].sort((a, b) => eligibleFor(a).length - eligibleFor(b).length || a.id - b.id);

  const plan: AutoAssignmentPlan = { assignments: [], shortfalls: [] };
  for (const item of order) {
    const needed = Math.max(0, perCase - filled.get(item.id)!);
    if (needed === 0) continue;
    // Each pair's hash once per case, not twice per comparison; hex digests compare as plain strings.
    const chosen = eligibleFor(item)
      .map((juror) => ({ juror, load: load.get(juror.id)!, rank: pairRank(juror.id, item.id) }))
      .sort((a, b) => a.load - b.load || (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
      .slice(0, needed)
      .map((candidate) => candidate.juror);
    for (const juror of chosen) {
      plan.assignments.push({ caseId: item.id, jurorId: juror.id });
      load.set(juror.id, load.get(juror.id)! + 1);
    }
    if (chosen.length < needed) plan.shortfalls.push({ caseId: item.id, missing: needed - chosen.length });
  }
  plan.assignments.sort((a, b) => a.caseId - b.caseId || a.jurorId.localeCompare(b.jurorId));
  plan.shortfalls.sort((a, b) => a.caseId - b.caseId);
  return plan;
}
