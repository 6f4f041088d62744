// A competition at a real award's size (and beyond) for `npm run bench` and for measuring by hand:
//
//   npx tsx tests/bench/generate.ts --cases 2000 --data-dir /tmp/bench-2000
//
// Setup, planning, ranking and publication run through the portal's own domain code; only the bulk
// (companies, entrants, cases, assignments, sheets) is inserted directly, in one transaction, since
// going through the per-sheet commands would recompute the ranking once per sheet.
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { eq, sql } from "drizzle-orm";
import { createFirstChair, issueSetupToken } from "#app/domain/accounts.server.ts";
import { addCategory, createCompetition } from "#app/domain/competitions.server.ts";
import { planCompetitionAssignment, setScoringLock } from "#app/domain/jury.server.ts";
import { hashPassword } from "#app/domain/passwords.server.ts";
import { preparePublication, publishDraft, type ResultMailComposer } from "#app/domain/publication.server.ts";
import { refreshRanking } from "#app/domain/ranking.server.ts";
import { openDatabase, type AppDatabase } from "#db/client.ts";
import { assignments, cases, organisations, outboxMails, publications, scoreSheets, users } from "#db/schema.ts";
import {
  caseText,
  caseTitle,
  companyName,
  gaussian,
  juryComment,
  personName,
  seededRandom,
  type Random,
} from "./generated-texts.ts";

/** Every generated account has this password; hashed once (Argon2 per user would take minutes). */
export const BENCH_PASSWORD = "benkmerking med et langt passord";

export type GenerateOptions = {
  databasePath: string;
  /** Attachments and mail folder of the server that will run on the database. */
  dataDir: string;
  /** Submitted cases, spread over three categories of about 50 %, 30 % and 20 %. */
  cases?: number;
  jurors?: number;
  /** Jurors per case, each with one main-round sheet. */
  sheetsPerCase?: number;
  /**
   * Sheets each juror keeps open (a draft with two of three scores) for the save round; the rest are
   * final. Only with `stage: "scoring"`; a published competition has every sheet final.
   */
  openSheetsPerJuror?: number;
  /**
   * "scoring": scoring open, every juror with a few open sheets (saves can be measured).
   * "published": scoring locked, the finalists stage prepared and published (result pages, the
   * publish page with one outbox mail per entrant account). Publishing locks scoring for good.
   */
  stage?: "scoring" | "published";
  seed?: number;
  now?: Date;
};

export type BenchLogin = { email: string; password: string };

export type GeneratedCompetition = {
  competitionId: number;
  year: number;
  cases: number;
  categories: { id: number; name: string; cases: number }[];
  /** The category with the most cases: the heaviest ranking page. */
  largestCategoryId: number;
  chair: BenchLogin;
  /** An entrant whose company holds several cases, and one of them. */
  entrant: BenchLogin & { caseId: number; caseCount: number };
  /** The juror with the most assigned cases (about 100 at 2,000 cases), and one of them. */
  juror: BenchLogin & { caseId: number; caseCount: number };
  /** Every juror with the cases whose sheet is still open (empty when published). */
  jurors: (BenchLogin & { openCaseIds: number[] })[];
  sheets: { final: number; open: number };
  outboxMails: number;
  /** Milliseconds per step, to see where generation time goes. */
  timings: Record<string, number>;
};

/** Which step of the generation failed, with the portal's own error as `cause`. */
export class GenerationError extends Error {
  constructor(
    readonly step: string,
    readonly cases: number,
    cause: unknown,
    /** Milliseconds per step up to and including the failed one. */
    readonly timings: Record<string, number> = {},
  ) {
    super(`${step} failed at ${cases} cases: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "GenerationError";
  }
}

const DAY = 86_400_000;
// Rows per multi-row INSERT: SQLite allows 32,766 bound values per statement; the widest table here
// has 14 columns.
const ROWS_PER_INSERT = 1_000;
const CATEGORY_SHARES = [0.503, 0.3] as const;

function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => void): void {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) insert(rows.slice(start, start + ROWS_PER_INSERT));
}

function timed<T>(timings: Record<string, number>, step: string, cases: number, work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } catch (error) {
    timings[step] = Math.round(performance.now() - started);
    throw error instanceof GenerationError ? error : new GenerationError(step, cases, error, timings);
  } finally {
    timings[step] = Math.round(performance.now() - started);
  }
}

/** Valid (modulus-11) organisation numbers from a counter, unique within one database. */
function orgNumberFrom(counter: { next: number }): string {
  for (;;) {
    const candidate = String(80_000_000 + counter.next++);
    const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((total, weight, index) => total + weight * Number(candidate[index]), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return `${candidate}${check}`;
  }
}

/** Case counts per category: about 50 / 30 / 20 %, e.g. 1,006 / 600 / 394 at 2,000. */
function categorySizes(total: number): [number, number, number] {
  const large = Math.round(total * CATEGORY_SHARES[0]);
  const middle = Math.round(total * CATEGORY_SHARES[1]);
  return [large, middle, total - large - middle];
}

/**
 * Companies with one to five cases each (most have one), never more than three in one category
 * (app/domain/case-limits.ts): the category of each case, grouped by company.
 */
function companiesOf(random: Random, categoryOfCase: number[]): number[][] {
  const companies: number[][] = [];
  let next = 0;
  while (next < categoryOfCase.length) {
    const roll = random();
    const wanted = roll < 0.65 ? 1 : roll < 0.85 ? 2 : roll < 0.95 ? 3 : 5;
    const company: number[] = [];
    while (company.length < wanted && next < categoryOfCase.length) {
      const category = categoryOfCase[next]!;
      if (company.filter((item) => item === category).length >= 3) break;
      company.push(category);
      next += 1;
    }
    companies.push(company);
  }
  return companies;
}

type Seeded = {
  chairId: string;
  competitionId: number;
  categoryIds: number[];
  entrant: { email: string; caseIds: number[] };
  jurors: { id: string; email: string }[];
};

function seedBulk(
  db: AppDatabase,
  random: Random,
  options: Required<Omit<GenerateOptions, "seed" | "now">> & { now: Date },
  passwordHash: string,
  setup: { chairId: string; competitionId: number; categoryIds: number[] },
): Omit<Seeded, keyof typeof setup> {
  const { now } = options;
  const sizes = categorySizes(options.cases);
  // Cases in a shuffled category order, so a company's cases fall in different categories.
  const categoryOfCase = sizes.flatMap((size, index) => Array.from({ length: size }, () => index));
  for (let index = categoryOfCase.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [categoryOfCase[index], categoryOfCase[other]] = [categoryOfCase[other]!, categoryOfCase[index]!];
  }
  const companies = companiesOf(random, categoryOfCase);
  const orgCounter = { next: 1 };
  let entrant: { email: string; caseIds: number[] } | null = null;
  const jurors = Array.from({ length: options.jurors }, (_, index) => ({
    id: randomUUID(),
    email: `jurymedlem-${String(index + 1).padStart(3, "0")}@juryen.example.no`,
    name: `${personName(random)} (${index + 1})`,
  }));

  db.transaction((tx) => {
    const organisationIds: number[] = [];
    insertInChunks(
      companies.map((_, index) => ({ name: companyName(random, index + 1), orgNumber: orgNumberFrom(orgCounter) })),
      (chunk) =>
        organisationIds.push(
          ...tx
            .insert(organisations)
            .values(chunk)
            .returning({ id: organisations.id })
            .all()
            .map((row) => row.id),
        ),
    );
    // One administrator per company, and a colleague in one company of twenty: one result mail each.
    const entrantRows = companies.flatMap((_, index) => {
      const domain = `bedrift-${index + 1}.example.no`;
      const account = (local: string, membership: "admin" | "member") => ({
        id: randomUUID(),
        email: `${local}@${domain}`,
        name: personName(random),
        passwordHash,
        role: "entrant" as const,
        organisationId: organisationIds[index]!,
        membership,
        emailVerifiedAt: now,
        createdAt: now,
      });
      return index % 20 === 7
        ? [account("kontakt", "admin"), account("kollega", "member")]
        : [account("kontakt", "admin")];
    });
    insertInChunks(
      [
        ...entrantRows,
        ...jurors.map((juror) => ({
          ...juror,
          passwordHash,
          role: "juror" as const,
          emailVerifiedAt: now,
          createdAt: now,
        })),
      ],
      (chunk) => tx.insert(users).values(chunk).run(),
    );
    const adminOf = new Map(
      entrantRows.filter((row) => row.membership === "admin").map((row) => [row.organisationId, row]),
    );
    const submittedAt = new Date(now.getTime() - 10 * DAY);
    const caseRows = companies.flatMap((categoryIndexes, companyIndex) =>
      categoryIndexes.map((categoryIndex) => {
        const organisationId = organisationIds[companyIndex]!;
        return {
          competitionId: setup.competitionId,
          categoryId: setup.categoryIds[categoryIndex]!,
          organisationId,
          title: caseTitle(random, companyIndex + 1),
          summary: caseText(random, 200),
          servicePromise: caseText(random, 300),
          anchoring: caseText(random, 1_200),
          realisation: caseText(random, 1_500),
          status: "submitted" as const,
          version: 3,
          submittedAt,
          updatedById: adminOf.get(organisationId)!.id,
          createdAt: new Date(submittedAt.getTime() - 5 * DAY),
          updatedAt: submittedAt,
        };
      }),
    );
    const caseIds: number[] = [];
    insertInChunks(caseRows, (chunk) =>
      caseIds.push(
        ...tx
          .insert(cases)
          .values(chunk)
          .returning({ id: cases.id })
          .all()
          .map((row) => row.id),
      ),
    );
    // The entrant to log in as: the company with the most cases.
    let offset = 0;
    for (const [companyIndex, categoryIndexes] of companies.entries()) {
      const owned = caseIds.slice(offset, offset + categoryIndexes.length);
      offset += categoryIndexes.length;
      if (!entrant || owned.length > entrant.caseIds.length)
        entrant = { email: adminOf.get(organisationIds[companyIndex]!)!.email, caseIds: owned };
    }
  });
  return { entrant: entrant!, jurors };
}

/** Each juror's habit: some score high, some low, some spread widely. */
function jurorHabits(random: Random, jurorIds: string[]) {
  return new Map(jurorIds.map((id) => [id, { bias: gaussian(random, 0, 0.8), spread: 0.5 + random() }] as const));
}

function assignAndScore(
  db: AppDatabase,
  random: Random,
  competitionId: number,
  chairId: string,
  openSheetsPerJuror: number,
  now: Date,
  timings: Record<string, number>,
  caseCount: number,
) {
  // The portal's own automatic plan: even loads, no conflicts, `minScoreSheets` jurors per case.
  const plan = timed(timings, "planCompetitionAssignment", caseCount, () => {
    const planned = planCompetitionAssignment(db, competitionId);
    // Fewer jurors than sheets per case, say: the bench would measure a different competition.
    if (planned.shortfalls.length) throw new Error(`the plan left ${planned.shortfalls.length} cases short of jurors`);
    return planned;
  });
  const habits = jurorHabits(random, [...new Set(plan.assignments.map((item) => item.jurorId))].sort());
  const quality = new Map<number, number>();
  const openLeft = new Map<string, number>();
  const openCases = new Map<string, number[]>();
  const seenOf = new Map<string, number>();
  const loadOf = new Map<string, number>();
  for (const item of plan.assignments) loadOf.set(item.jurorId, (loadOf.get(item.jurorId) ?? 0) + 1);
  const answeredAt = new Date(now.getTime() - 3 * DAY);
  return timed(timings, "insert assignments and sheets", caseCount, () =>
    db.transaction((tx) => {
      const assignmentIds: number[] = [];
      insertInChunks(plan.assignments, (chunk) =>
        assignmentIds.push(
          ...tx
            .insert(assignments)
            .values(
              chunk.map((item) => ({
                caseId: item.caseId,
                jurorId: item.jurorId,
                assignedById: chairId,
                assignedAt: new Date(now.getTime() - 5 * DAY),
                conflictStatus: "none" as const,
                conflictAnsweredAt: answeredAt,
              })),
            )
            .returning({ id: assignments.id })
            .all()
            .map((row) => row.id),
        ),
      );
      const sheetRows = plan.assignments.map((item, index) => {
        if (!quality.has(item.caseId)) quality.set(item.caseId, gaussian(random, 6.3, 1.3));
        const habit = habits.get(item.jurorId)!;
        const score = () => {
          const value = Math.round(quality.get(item.caseId)! + habit.bias + gaussian(random, 0, 0.9) * habit.spread);
          return Math.min(10, Math.max(1, value));
        };
        // Each juror keeps `openSheetsPerJuror` sheets open, spread over their list.
        const seen = seenOf.get(item.jurorId) ?? 0;
        seenOf.set(item.jurorId, seen + 1);
        const stride = Math.max(1, Math.floor(loadOf.get(item.jurorId)! / Math.max(1, openSheetsPerJuror)));
        const open = seen % stride === 0 && (openLeft.get(item.jurorId) ?? 0) < openSheetsPerJuror;
        if (open) {
          openLeft.set(item.jurorId, (openLeft.get(item.jurorId) ?? 0) + 1);
          openCases.set(item.jurorId, [...(openCases.get(item.jurorId) ?? []), item.caseId]);
        }
        return {
          assignmentId: assignmentIds[index]!,
          round: "main" as const,
          scorePromise: score(),
          scoreAnchoring: score(),
          scoreRealisation: open ? null : score(),
          commentPromise: juryComment(random),
          commentAnchoring: juryComment(random),
          commentRealisation: open ? "" : juryComment(random),
          overallComment: open ? "" : juryComment(random),
          status: open ? ("draft" as const) : ("final" as const),
          finalisedAt: open ? null : new Date(now.getTime() - DAY),
          updatedAt: new Date(now.getTime() - DAY),
        };
      });
      insertInChunks(sheetRows, (chunk) => tx.insert(scoreSheets).values(chunk).run());
      const opened = sheetRows.filter((row) => row.status === "draft").length;
      return { openCases, sheets: { final: sheetRows.length - opened, open: opened } };
    }),
  );
}

/**
 * The portal's own wording of the result mails. That module opens the portal's database when it is
 * first imported (app/utils/db.server.ts), so it is pointed at this one first.
 */
async function portalMailComposer(databasePath: string, dataDir: string): Promise<ResultMailComposer> {
  process.env.DATABASE_PATH = databasePath;
  process.env.DATA_DIR = dataDir;
  const { resultMailComposer } = await import("#app/utils/results-mail.server.ts");
  return resultMailComposer();
}

/**
 * Locks scoring, prepares the finalists stage (top 3 per category, one outbox mail per entrant
 * account) and publishes it, as the chair's buttons do; the mails are marked sent rather than
 * written out. Scoring cannot be reopened afterwards.
 */
export async function publishFinalists(
  databasePath: string,
  dataDir: string,
  competitionId: number,
  now = new Date(),
): Promise<{ outboxMails: number; timings: Record<string, number> }> {
  const composeMails = await portalMailComposer(databasePath, dataDir);
  const db = openDatabase(databasePath);
  const timings: Record<string, number> = {};
  try {
    const chairId = db.select({ id: users.id }).from(users).where(eq(users.role, "chair")).get()!.id;
    const caseCount = db
      .select({ count: sql<number>`count(*)` })
      .from(cases)
      .where(eq(cases.competitionId, competitionId))
      .get()!.count;
    timed(timings, "setScoringLock", caseCount, () => setScoringLock(db, chairId, competitionId, true, now));
    timed(timings, "preparePublication (finalists)", caseCount, () =>
      preparePublication(
        db,
        chairId,
        competitionId,
        {
          stage: "finalists",
          finalistCount: 3,
          overrideReason: "Benkmerking: noen skjemaer ble stående åpne.",
        },
        composeMails,
        now,
      ),
    );
    const mails = timed(timings, "publishDraft (finalists)", caseCount, () =>
      publishDraft(db, chairId, competitionId, "finalists", now),
    );
    db.update(outboxMails)
      .set({ sentAt: now })
      .where(
        sql`${outboxMails.publicationId} IN (SELECT ${publications.id} FROM ${publications} WHERE ${publications.competitionId} = ${competitionId})`,
      )
      .run();
    return { outboxMails: mails.length, timings };
  } finally {
    db.$client.close();
  }
}

export async function generateCompetition(options: GenerateOptions): Promise<GeneratedCompetition> {
  const settings = {
    databasePath: resolve(options.databasePath),
    dataDir: resolve(options.dataDir),
    cases: options.cases ?? 2_000,
    jurors: options.jurors ?? 100,
    sheetsPerCase: options.sheetsPerCase ?? 5,
    stage: options.stage ?? "published",
    openSheetsPerJuror: (options.stage ?? "published") === "published" ? 0 : (options.openSheetsPerJuror ?? 3),
    now: options.now ?? new Date(),
  };
  const { now, cases: caseCount } = settings;
  const random = seededRandom(options.seed ?? 13);
  const timings: Record<string, number> = {};
  mkdirSync(settings.dataDir, { recursive: true });
  const db = timed(timings, "openDatabase (migrations)", caseCount, () => openDatabase(settings.databasePath));
  try {
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const year = now.getFullYear();
    const chairEmail = "juryleder@bench.example.no";
    const setup = timed(timings, "competition and categories", caseCount, () => {
      const { userId: chairId } = createFirstChair(
        db,
        issueSetupToken(db, now),
        { name: "Benk Juryleder", email: chairEmail, passwordHash },
        now,
      );
      // Submission closed ten days ago; the jury has a month left.
      const { id: competitionId } = createCompetition(
        db,
        chairId,
        {
          year,
          name: `Kundeservice Awards ${year}`,
          submissionOpensAt: new Date(now.getTime() - 60 * DAY),
          submissionDeadlineAt: new Date(now.getTime() - 10 * DAY),
          scoringDeadlineAt: new Date(now.getTime() + 30 * DAY),
          minScoreSheets: settings.sheetsPerCase,
        },
        now,
      );
      const categoryIds = [
        addCategory(db, chairId, competitionId, { name: "Store virksomheter" }, now).id,
        addCategory(
          db,
          chairId,
          competitionId,
          { name: "Små og mellomstore virksomheter", weights: { promise: 25, anchoring: 35, realisation: 40 } },
          now,
        ).id,
        addCategory(
          db,
          chairId,
          competitionId,
          { name: "Offentlig sektor", weights: { promise: 30, anchoring: 25, realisation: 45 } },
          now,
        ).id,
      ];
      return { chairId, competitionId, categoryIds };
    });
    const seeded = timed(timings, "insert companies, accounts and cases", caseCount, () =>
      seedBulk(db, random, settings, passwordHash, setup),
    );
    const scored = assignAndScore(
      db,
      random,
      setup.competitionId,
      setup.chairId,
      settings.openSheetsPerJuror,
      now,
      timings,
      caseCount,
    );
    timed(timings, "refreshRanking", caseCount, () =>
      db.transaction((tx) => refreshRanking(tx, setup.competitionId, now)),
    );

    const perJuror = new Map(
      db
        .select({
          jurorId: assignments.jurorId,
          count: sql<number>`count(*)`,
          caseId: sql<number>`min(${assignments.caseId})`,
        })
        .from(assignments)
        .groupBy(assignments.jurorId)
        .all()
        .map((row) => [row.jurorId, row]),
    );
    const busiest = [...perJuror.values()].sort((a, b) => b.count - a.count)[0]!;
    const categoryCounts = new Map(
      db
        .select({ categoryId: cases.categoryId, count: sql<number>`count(*)` })
        .from(cases)
        .groupBy(cases.categoryId)
        .all()
        .map((row) => [row.categoryId, row.count]),
    );
    db.$client.close();

    const published =
      settings.stage === "published"
        ? await publishFinalists(settings.databasePath, settings.dataDir, setup.competitionId, now)
        : null;
    if (published) Object.assign(timings, published.timings);
    const names = ["Store virksomheter", "Små og mellomstore virksomheter", "Offentlig sektor"];
    const categories = setup.categoryIds.map((id, index) => ({
      id,
      name: names[index]!,
      cases: categoryCounts.get(id) ?? 0,
    }));
    const login = (email: string) => ({ email, password: BENCH_PASSWORD });
    return {
      competitionId: setup.competitionId,
      year,
      cases: caseCount,
      categories,
      largestCategoryId: [...categories].sort((a, b) => b.cases - a.cases)[0]!.id,
      chair: login(chairEmail),
      entrant: {
        ...login(seeded.entrant.email),
        caseId: seeded.entrant.caseIds[0]!,
        caseCount: seeded.entrant.caseIds.length,
      },
      juror: {
        ...login(seeded.jurors.find((juror) => juror.id === busiest.jurorId)!.email),
        caseId: busiest.caseId,
        caseCount: busiest.count,
      },
      jurors: seeded.jurors.map((juror) => ({
        ...login(juror.email),
        openCaseIds: scored.openCases.get(juror.id) ?? [],
      })),
      sheets: scored.sheets,
      outboxMails: published?.outboxMails ?? 0,
      timings,
    };
  } finally {
    if (db.$client.open) db.$client.close();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      cases: { type: "string", default: "2000" },
      jurors: { type: "string", default: "100" },
      "sheets-per-case": { type: "string", default: "5" },
      "open-sheets": { type: "string", default: "3" },
      stage: { type: "string", default: "published" },
      "data-dir": { type: "string" },
      database: { type: "string" },
      seed: { type: "string", default: "13" },
    },
  });
  const stage = values.stage === "scoring" ? "scoring" : values.stage === "published" ? "published" : null;
  if (!stage) throw new Error(`--stage is "scoring" or "published", not "${values.stage}"`);
  const dataDir = values["data-dir"] ?? mkdtempSync(join(tmpdir(), "awards-bench-"));
  const databasePath = values.database ?? join(dataDir, "awards.db");
  const started = performance.now();
  try {
    const generated = await generateCompetition({
      databasePath,
      dataDir,
      cases: Number(values.cases),
      jurors: Number(values.jurors),
      sheetsPerCase: Number(values["sheets-per-case"]),
      openSheetsPerJuror: Number(values["open-sheets"]),
      stage,
      seed: Number(values.seed),
    });
    const { jurors, ...summary } = generated;
    console.log(`Generated in ${((performance.now() - started) / 1000).toFixed(1)} s into ${databasePath}`);
    console.log(`Start a server on it: DATABASE_PATH=${databasePath} DATA_DIR=${dataDir} npm run serve`);
    console.log(JSON.stringify(summary, null, 2));
    console.log(`${jurors.length} jurors: jurymedlem-001…@juryen.example.no, all with the password above`);
  } catch (error) {
    if (!(error instanceof GenerationError)) throw error;
    console.error(error.message);
    console.error(`Steps until then (ms): ${JSON.stringify(error.timings)}`);
    if (error.cause instanceof Error && error.cause.stack) console.error(error.cause.stack);
    process.exitCode = 1;
  }
}

if (import.meta.filename === process.argv[1] || process.argv[1]?.endsWith("tests/bench/generate.ts")) await main();
