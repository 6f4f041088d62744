import type { AppDatabase } from "#db/client.ts";
import { addCategory, createCompetition } from "#app/domain/competitions.server.ts";

export type ScaleOptions = { cases: number; sheetsPerCase?: number; jurors?: number; categories?: number };

/**
 * A submitted competition of `cases` cases spread over the categories, each with `sheetsPerCase`
 * final main-round sheets from jurors taken in turn, written with a few set-based INSERTs so 20,000
 * cases take about a second. Scores are a fixed hash of case and juror: runs are comparable. The
 * ranking table is left empty; the caller refreshes it.
 */
export function buildScoredCompetition(db: AppDatabase, options: ScaleOptions) {
  const { cases, sheetsPerCase = 5, jurors = 100, categories = 3 } = options;
  const now = new Date();
  const day = 86_400_000;
  const { id: competitionId } = createCompetition(
    db,
    null,
    {
      year: 2000 + (Math.floor(now.getTime() / 1000) % 1000),
      name: `Skalatest ${cases}`,
      submissionOpensAt: new Date(now.getTime() - 30 * day),
      submissionDeadlineAt: new Date(now.getTime() - day),
      scoringDeadlineAt: new Date(now.getTime() + 30 * day),
    },
    now,
  );
  const categoryIds = Array.from(
    { length: categories },
    (_, index) => addCategory(db, null, competitionId, { name: `Kategori ${index + 1}` }, now).id,
  );
  const sqlite = db.$client;
  const at = now.getTime();
  const prefix = `scale-${competitionId}`;
  sqlite.transaction(() => {
    const organisationId = Number(
      sqlite
        .prepare("INSERT INTO organisations (name, org_number, created_at) VALUES (?, ?, ?)")
        .run(`Skalabedrift ${competitionId}`, String(900_000_000 + competitionId), at).lastInsertRowid,
    );
    sqlite
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?)
         INSERT INTO users (id, email, name, password_hash, role, email_verified_at, created_at)
         SELECT ? || '-juror-' || i, ? || '-juror-' || i || '@jury.example', 'Jurymedlem ' || i, 'x', 'juror', ?, ? FROM n`,
      )
      .run(jurors, prefix, prefix, at, at);
    const firstCase = (sqlite.prepare("SELECT coalesce(max(id), 0) + 1 AS next FROM cases").get() as { next: number })
      .next;
    sqlite
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?)
         INSERT INTO cases (id, competition_id, category_id, organisation_id, title, status, submitted_at, created_at, updated_at)
         SELECT ? + i, ?, json_extract(?, '$[' || CAST(i % ? AS INTEGER) || ']'), ?, 'Sak ' || i, 'submitted', ?, ?, ? FROM n`,
      )
      .run(cases, firstCase, competitionId, JSON.stringify(categoryIds), categories, organisationId, at, at, at);
    // Case i gets jurors i·k … i·k+k-1 (mod the jury): distinct per case, evenly loaded.
    sqlite
      .prepare(
        `WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j + 1 < ?)
         INSERT INTO assignments (case_id, juror_id, assigned_at, conflict_status)
         SELECT c.id, ? || '-juror-' || CAST(((c.id - ?) * ? + k.j) % ? AS INTEGER), ?, 'none'
         FROM cases c, k WHERE c.competition_id = ?`,
      )
      .run(sheetsPerCase, prefix, firstCase, sheetsPerCase, jurors, at, competitionId);
    // Scores 1–10 from a hash of the assignment, different per step, and a juror's habit: a third
    // of the jury a point harsher, a third a point more lenient (what normalisation corrects).
    sqlite
      .prepare(
        `INSERT INTO score_sheets (assignment_id, round, score_promise, score_anchoring, score_realisation,
           status, finalised_at, updated_at)
         SELECT id, 'main', min(10, max(1, (id * 2654435761 % 1000003) % 10 + 1 + habit)),
           min(10, max(1, (id * 40503 % 999983) % 10 + 1 + habit)), min(10, max(1, (id * 69069 % 999979) % 10 + 1 + habit)),
           'final', ?, ?
         FROM (SELECT a.id, CAST(substr(a.juror_id, length(?) + 8) AS INTEGER) % 3 - 1 AS habit
               FROM assignments a JOIN cases c ON c.id = a.case_id WHERE c.competition_id = ?)`,
      )
      .run(at, at, prefix, competitionId);
  })();
  const jurorIds = Array.from({ length: jurors }, (_, index) => `${prefix}-juror-${index}`);
  return { competitionId, categoryIds, jurorIds, now };
}
