import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { simpleParser } from "mailparser";
import { and, eq } from "drizzle-orm";
import { openDatabase, type AppDatabase } from "#db/client.ts";
import { assignments, auditLog, caseVersions, cases, competitions, organisations, users } from "#db/schema.ts";
import { textsOfVersion } from "#app/domain/case-versions.server.ts";
import { addCategory, createCompetition } from "#app/domain/competitions.server.ts";
import type { Membership } from "#app/domain/memberships.ts";
import type { Role } from "#app/domain/roles.ts";
import { hashPassword } from "#app/domain/passwords.server.ts";

export const TEST_PASSWORD = "et langt og trygt passord";

/** Valid organisation numbers (modulus-11), for tests and the demo. */
export const VALID_ORG_NUMBERS = ["923609016", "974760673", "982463718", "971524960", "985399077"] as const;

let orgNumberSeed = Math.floor(Math.random() * 1e7);

/** A fresh valid organisation number (modulus-11), for tests that register many companies. */
export function nextOrgNumber(): string {
  for (;;) {
    orgNumberSeed = (orgNumberSeed + 7919) % 1e8;
    const candidate = `${String(orgNumberSeed).padStart(8, "0")}`;
    const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((total, weight, index) => total + weight * Number(candidate[index]), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return `${candidate}${check}`;
  }
}

let emailCounter = 0;
export function uniqueEmail(prefix = "user", domain = "example.no"): string {
  emailCounter += 1;
  return `${prefix}-${Date.now().toString(36)}-${emailCounter}@${domain}`;
}

/**
 * Inserts a user straight into a server's database file, address already proven (tests about
 * verification register through the form instead). An entrant without `organisationId` gets a
 * company of their own and administers it; with one, they are an approved member of it.
 */
export async function createUser(
  databasePathOrDb: string | AppDatabase,
  options: {
    role: Role;
    email?: string;
    name?: string;
    password?: string;
    organisationId?: number;
    membership?: Membership;
  },
): Promise<{ id: string; email: string; password: string }> {
  const db = typeof databasePathOrDb === "string" ? openDatabase(databasePathOrDb) : databasePathOrDb;
  // Jurors get a domain of their own: sharing one with a company's verified members is a conflict.
  const email =
    options.email ?? uniqueEmail(options.role, options.role === "juror" ? "juryen.example.no" : "example.no");
  const password = options.password ?? TEST_PASSWORD;
  const id = randomUUID();
  let organisationId = options.organisationId ?? null;
  const membership = options.role !== "entrant" ? null : (options.membership ?? (organisationId ? "member" : "admin"));
  if (options.role === "entrant" && organisationId === null) {
    organisationId = db
      .insert(organisations)
      .values({ name: `Testbedrift ${id.slice(0, 6)}`, orgNumber: id.replace(/\D/g, "").padEnd(9, "7").slice(0, 9) })
      .returning({ id: organisations.id })
      .get().id;
  }
  db.insert(users)
    .values({
      id,
      email,
      name: options.name ?? `Test ${options.role}`,
      passwordHash: await hashPassword(password),
      role: options.role,
      organisationId,
      membership,
      emailVerifiedAt: new Date(),
    })
    .run();
  if (typeof databasePathOrDb === "string") db.$client.close();
  return { id, email, password };
}

/** Moves a competition's submission deadline to `inDays` from now (negative: already passed). */
export function moveSubmissionDeadline(databasePath: string, competitionId: number, inDays: number) {
  sqlRun(
    databasePath,
    "UPDATE competitions SET submission_deadline_at = ? WHERE id = ?",
    Date.now() + inDays * 86_400_000,
    competitionId,
  );
}

/** A competition with two categories, opened a week ago, its deadline `deadlineInDays` ahead. */
export function createOpenCompetition(
  databasePath: string,
  options: { year?: number; deadlineInDays?: number; now?: Date } = {},
): { competitionId: number; categoryIds: [number, number] } {
  const db = openDatabase(databasePath);
  const now = options.now ?? new Date();
  const day = 86_400_000;
  try {
    const { id: competitionId } = createCompetition(
      db,
      null,
      {
        year: options.year ?? now.getFullYear(),
        name: `Kundeservice Awards ${options.year ?? now.getFullYear()}`,
        submissionOpensAt: new Date(now.getTime() - 7 * day),
        submissionDeadlineAt: new Date(now.getTime() + (options.deadlineInDays ?? 14) * day),
        scoringDeadlineAt: new Date(now.getTime() + 60 * day),
      },
      now,
    );
    const first = addCategory(db, null, competitionId, { name: "Store virksomheter" }, now);
    const second = addCategory(db, null, competitionId, { name: "Små og mellomstore virksomheter" }, now);
    return { competitionId, categoryIds: [first.id, second.id] };
  } finally {
    db.$client.close();
  }
}

/** Runs `work` on a server's database file and closes it again. */
function withDatabase<T>(databasePath: string, work: (db: AppDatabase) => T): T {
  const db = openDatabase(databasePath);
  try {
    return work(db);
  } finally {
    db.$client.close();
  }
}

let orgNumberCounter = 0;

/** A submitted case from its own organisation. */
export function createSubmittedCase(
  databasePath: string,
  options: { competitionId: number; categoryId: number; title: string },
): { caseId: number; organisationId: number } {
  orgNumberCounter += 1;
  return withDatabase(databasePath, (db) => {
    const organisationId = db
      .insert(organisations)
      .values({
        name: `Bedrift for «${options.title}»`,
        orgNumber: `8${String(Date.now() % 1e6).padStart(6, "0")}${String(orgNumberCounter).padStart(2, "0")}`,
      })
      .returning({ id: organisations.id })
      .get().id;
    const now = new Date();
    const inserted = db
      .insert(cases)
      .values({
        competitionId: options.competitionId,
        categoryId: options.categoryId,
        organisationId,
        title: options.title,
        summary: `Sammendrag av ${options.title}`,
        servicePromise: `Løftet i ${options.title}`,
        anchoring: `Forankringen i ${options.title}`,
        realisation: `Gjennomføringen i ${options.title}`,
        status: "submitted",
        submittedAt: now,
        submittedVersion: 1,
        updatedAt: now,
      })
      .returning()
      .get();
    // As a submit through the portal would: the submitted text kept as version 1 (ADR 0021).
    db.insert(caseVersions)
      .values({
        caseId: inserted.id,
        number: 1,
        ...textsOfVersion(inserted),
        categoryId: options.categoryId,
        submittedAt: now,
      })
      .run();
    return { caseId: inserted.id, organisationId };
  });
}

/** Puts a juror on a case with the conflict question already answered "no conflict". */
export function assignConfirmed(databasePath: string, caseId: number, jurorId: string): void {
  withDatabase(databasePath, (db) =>
    db.insert(assignments).values({ caseId, jurorId, assignedAt: new Date(), conflictStatus: "none" }).run(),
  );
}

/** Moves the jury's deadline, e.g. into the past to test what happens after it. */
export function setScoringDeadline(databasePath: string, competitionId: number, deadline: Date): void {
  withDatabase(databasePath, (db) =>
    db.update(competitions).set({ scoringDeadlineAt: deadline }).where(eq(competitions.id, competitionId)).run(),
  );
}

/** Moves a competition's deadline, e.g. into the past to test what happens after it. */
export function setSubmissionDeadline(databasePath: string, competitionId: number, deadline: Date): void {
  withDatabase(databasePath, (db) =>
    db.update(competitions).set({ submissionDeadlineAt: deadline }).where(eq(competitions.id, competitionId)).run(),
  );
}

/** The audit rows about one subject, oldest first, for asserting what was recorded. */
export function auditActions(databasePath: string, subjectType: string, subjectId: string | number): string[] {
  return withDatabase(databasePath, (db) =>
    db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.subjectType, subjectType), eq(auditLog.subjectId, String(subjectId))))
      .orderBy(auditLog.id)
      .all()
      .map((row) => row.action),
  );
}

/** The first bytes of real files of each accepted type, padded to a plausible size. */
export const SAMPLE_FILES = {
  pdf: new Uint8Array([...new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")]),
  png: new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2,
    0, 0, 0,
  ]),
  jpeg: new Uint8Array([
    0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9,
  ]),
} as const;

/** Rows straight from a server's database file, for asserting what was stored. */
export function sqlRows<T>(databasePath: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(databasePath, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** One statement against a server's database file, to set up a state no form can reach (an expired link). */
export function sqlRun(databasePath: string, sql: string, ...params: unknown[]): void {
  const db = new Database(databasePath);
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

/**
 * The newest link matching `pattern` in the mail written for `email` under a server's data folder
 * (no SMTP: each mail is an .eml file), waiting up to a few seconds for it to arrive.
 */
export async function mailedLink(dataDir: string, email: string, pattern: RegExp): Promise<string> {
  const mailDir = join(dataDir, "mail");
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const files = existsSync(mailDir) ? readdirSync(mailDir).sort().reverse() : [];
    for (const file of files) {
      const mail = await simpleParser(readFileSync(join(mailDir, file)));
      const to = [mail.to ?? []].flat().flatMap((address) => address.value.map((value) => value.address));
      const link = to.includes(email.toLowerCase()) ? pattern.exec(mail.text ?? "")?.[0] : undefined;
      if (link) return link;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No mail to ${email} with a link like ${pattern}`);
}

/** The verification link last mailed to `email`. */
export function mailedVerificationLink(dataDir: string, email: string): Promise<string> {
  return mailedLink(dataDir, email, /https?:\/\/\S+\/verify-email\/[\w-]+/);
}

/** The verification link last mailed to `email`, as a path for an HttpClient. */
export async function mailedVerificationPath(dataDir: string, email: string): Promise<string> {
  return new URL(await mailedVerificationLink(dataDir, email)).pathname;
}
