import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const folders: string[] = [];

/** Runs `npm run demo` (or `demo:scored`) into a fresh folder and returns the database path. */
function seed(scored: boolean): string {
  const folder = mkdtempSync(join(tmpdir(), "demo-seed-"));
  folders.push(folder);
  const databasePath = join(folder, "awards.db");
  execFileSync(process.execPath, ["--import", "tsx", "db/seed/demo.ts", ...(scored ? ["--scored"] : [])], {
    cwd: root,
    env: { ...process.env, DATABASE_PATH: databasePath, DATA_DIR: folder },
    encoding: "utf8",
  });
  return databasePath;
}

/**
 * What the demo holds, named by what a person sees (addresses, titles, category names) instead of
 * ids, and without times, hashes or passwords, which differ on every run by design.
 */
function content(databasePath: string) {
  const db = new Database(databasePath, { readonly: true });
  const all = (query: string) => db.prepare(query).all();
  try {
    return {
      competitions: all(
        `SELECT year, name, scale_min, scale_max, min_score_sheets, ranking_method, is_blind_judging FROM competitions`,
      ),
      categories: all(
        `SELECT name, description, position, weight_promise, weight_anchoring, weight_realisation
         FROM categories ORDER BY position`,
      ),
      organisations: all(`SELECT name, org_number FROM organisations ORDER BY org_number`),
      users: all(
        `SELECT u.email, u.name, u.role, u.membership, u.locale, o.org_number
         FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id ORDER BY u.email`,
      ),
      cases: all(
        `SELECT o.org_number, k.name AS category, c.title, c.summary, c.service_promise, c.anchoring,
                c.realisation, c.status
         FROM cases c JOIN organisations o ON o.id = c.organisation_id JOIN categories k ON k.id = c.category_id
         ORDER BY o.org_number, c.title`,
      ),
      assignments: all(
        `SELECT u.email AS juror, c.title, a.conflict_status, a.conflict_reason
         FROM assignments a JOIN users u ON u.id = a.juror_id JOIN cases c ON c.id = a.case_id
         ORDER BY u.email, c.title`,
      ),
      sheets: all(
        `SELECT u.email AS juror, c.title, s.round, s.score_promise, s.score_anchoring, s.score_realisation,
                s.comment_promise, s.comment_anchoring, s.comment_realisation, s.overall_comment, s.status
         FROM score_sheets s JOIN assignments a ON a.id = s.assignment_id
           JOIN users u ON u.id = a.juror_id JOIN cases c ON c.id = a.case_id
         ORDER BY u.email, c.title, s.round`,
      ),
      conflicts: all(
        `SELECT u.email AS juror, j.source, j.kind, j.org_number, j.organisation_name, j.reason
         FROM juror_conflicts j JOIN users u ON u.id = j.juror_id ORDER BY u.email, j.id`,
      ),
      ranking: all(
        `SELECT c.title, r.round, r.rank, r.score, r.sheet_count FROM ranking_entries r JOIN cases c ON c.id = r.case_id
         ORDER BY c.title, r.round`,
      ),
    };
  } finally {
    db.close();
  }
}

type Content = ReturnType<typeof content>;
type Row = Record<string, unknown>;
const rows = (items: unknown[]) => items as Row[];

describe("the demo data comes from a fixed seed", () => {
  let first: Content;
  let second: Content;
  let scored: Content;

  beforeAll(() => {
    first = content(seed(false));
    second = content(seed(false));
    scored = content(seed(true));
  }, 120_000);

  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it("makes the same competition, cases, assignments and scores on every run", () => {
    expect(second).toEqual(first);
  });

  it("has what the README promises: three categories with different weights, six companies, five submitted cases and one draft", () => {
    expect(first.competitions).toHaveLength(1);
    const weights = rows(first.categories).map((row) =>
      [row.weight_promise, row.weight_anchoring, row.weight_realisation].join("/"),
    );
    expect(weights).toHaveLength(3);
    expect(new Set(weights).size).toBe(3);
    expect(first.organisations).toHaveLength(6);
    const statuses = rows(first.cases).map((row) => row.status);
    expect(statuses.filter((status) => status === "submitted")).toHaveLength(5);
    expect(statuses.filter((status) => status === "draft")).toHaveLength(1);
    expect(rows(first.users).filter((row) => row.role === "chair")).toHaveLength(1);
  });

  it("has four jurors with a mix of final, draft and unstarted sheets and exactly one declared conflict", () => {
    const jurors = rows(first.users)
      .filter((row) => row.role === "juror")
      .map((row) => row.email);
    expect(jurors).toHaveLength(4);
    const assigned = new Set(rows(first.assignments).map((row) => row.juror));
    expect(jurors.every((email) => assigned.has(email))).toBe(true);
    const statuses = rows(first.sheets).map((row) => row.status);
    expect(statuses).toContain("final");
    expect(statuses).toContain("draft");
    const withSheets = new Set(rows(first.sheets).map((row) => row.juror));
    expect(jurors.filter((email) => !withSheets.has(email))).toHaveLength(1);
    const declared = rows(first.assignments).filter((row) => row.conflict_status === "declared");
    expect(declared).toHaveLength(1);
    expect(declared[0]!.conflict_reason).toBeTruthy();
  });

  it("keeps jurors off the cases of companies they are tied to (Kari works at Fjordlys)", () => {
    const fjordlysTitle = rows(first.cases).find((row) => row.org_number === "982463718")!.title;
    expect(
      rows(first.assignments).some((row) => row.juror === "kari@fjordlys-demo.no" && row.title === fjordlysTitle),
    ).toBe(false);
  });

  it("demo:scored has every sheet final, no declared conflict, and a ranking", () => {
    const statuses = rows(scored.sheets).map((row) => row.status);
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((status) => status === "final")).toBe(true);
    expect(rows(scored.assignments).filter((row) => row.conflict_status === "declared")).toHaveLength(0);
    expect(rows(scored.ranking).filter((row) => row.rank !== null).length).toBe(5);
    expect(scored.cases).toEqual(first.cases);
  });
});
