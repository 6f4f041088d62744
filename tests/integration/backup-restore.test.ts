import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenCompetition, createUser, SAMPLE_FILES, sqlRows, TEST_PASSWORD } from "#tests/support/factories.ts";
import { type HttpClient, loggedIn, pageText } from "#tests/support/http-client.ts";
import { startTestServer, type TestServer } from "#tests/support/test-server.ts";

const PROJECT_ROOT = resolve(import.meta.dirname, "../..");

type Writer = { client: HttpClient; caseId: number; categoryId: number; version: number };

let server: TestServer;
let scratch: string;
let writers: Writer[];

/** Runs `npm run backup` / `npm run restore` as an operator would, against the given data folder. */
function runScript(
  script: "backup" | "restore",
  dataDir: string,
  args: string[] = [],
): Promise<{ code: number; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DATABASE_PATH: join(dataDir, "awards.db"),
      DATA_DIR: dataDir,
      BACKUP_DIR: join(scratch, "backups"),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise((resolvePromise) => child.once("exit", (code) => resolvePromise({ code: code ?? -1, output })));
}

function backupFolderFrom(output: string): string {
  const folder = /Backup written to (\S+?):/.exec(output)?.[1];
  expect(folder, output).toBeDefined();
  return resolve(PROJECT_ROOT, folder!);
}

/** A draft save through the entrant's form; the 302 is the server's acknowledgement. */
async function saveDraft(writer: Writer, summary: string): Promise<boolean> {
  const response = await writer.client.postMultipart(`/entrant/cases/${writer.caseId}`, {
    intent: "save-draft",
    version: String(writer.version),
    categoryId: String(writer.categoryId),
    title: "Sikkerhetskopi",
    summary,
    servicePromise: "",
    anchoring: "",
    realisation: "",
  });
  if (response.status !== 302) return false;
  writer.version += 1;
  return true;
}

function withDatabaseFile<T>(path: string, read: (sqlite: Database.Database) => T): T {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return read(sqlite);
  } finally {
    sqlite.close();
  }
}

function integrity(path: string): string {
  return withDatabaseFile(path, (sqlite) => sqlite.pragma("integrity_check", { simple: true }) as string);
}

function rowsOf(path: string, table: string): unknown[] {
  return withDatabaseFile(path, (sqlite) => sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1`).all());
}

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "awards-backup-"));
  server = await startTestServer();
  const { categoryIds } = createOpenCompetition(server.databasePath);
  writers = [];
  for (const categoryId of [categoryIds[0], categoryIds[1], categoryIds[0]]) {
    const client = await loggedIn(server.baseUrl, await createUser(server.databasePath, { role: "entrant" }));
    const created = await client.post("/entrant/cases/new", { categoryId: String(categoryId), title: "Utkast" });
    expect(created.status).toBe(302);
    writers.push({ client, caseId: Number(created.headers.get("location")!.split("/").pop()), categoryId, version: 1 });
  }
  // One attachment, so the uploads folder has a file, and a half-received upload that must not be copied.
  const first = writers[0]!;
  const uploaded = await first.client.postMultipart(
    `/entrant/cases/${first.caseId}`,
    {
      intent: "upload",
      version: String(first.version),
      categoryId: String(first.categoryId),
      title: "Sikkerhetskopi",
      summary: "",
      servicePromise: "",
      anchoring: "",
      realisation: "",
    },
    { field: "file", name: "rapport.pdf", type: "application/pdf", bytes: SAMPLE_FILES.pdf },
  );
  expect(uploaded.status).toBe(302);
  first.version += 1;
  writeFileSync(join(server.dataDir, "uploads", "tmp", "upload-in-progress"), "half a file");
});

afterAll(async () => {
  await server?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

describe("backup while the portal runs", () => {
  it("a plain copy of the database file misses a save the server acknowledged; the backup has it", async () => {
    const writer = writers[1]!;
    // Everything older is moved into the main file, so the copy lacks only the newest save.
    const checkpoint = new Database(server.databasePath);
    checkpoint.pragma("wal_checkpoint(TRUNCATE)");
    checkpoint.close();
    expect(await saveDraft(writer, "Den nyeste lagringen")).toBe(true);

    const plainCopy = join(scratch, "plain-copy.db");
    copyFileSync(server.databasePath, plainCopy);
    const inPlainCopy = rowsOf(plainCopy, `cases WHERE id = ${writer.caseId}`) as { summary: string }[];
    expect(inPlainCopy).toHaveLength(1);
    expect(inPlainCopy[0]?.summary).not.toBe("Den nyeste lagringen");

    const { code, output } = await runScript("backup", server.dataDir);
    expect(code, output).toBe(0);
    const folder = backupFolderFrom(output);
    expect(folder).toMatch(/[/\\]\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(-\d+)?$/);
    const inBackup = rowsOf(join(folder, "awards.db"), `cases WHERE id = ${writer.caseId}`) as { summary: string }[];
    expect(inBackup[0]?.summary).toBe("Den nyeste lagringen");
  });

  it("holds every save acknowledged before it started, while saves go on, with a manifest that matches", async () => {
    const acknowledged = new Map<number, string>();
    const counts = new Map<number, number>();
    const countAck = (caseId: number) => counts.set(caseId, (counts.get(caseId) ?? 0) + 1);
    const total = () => [...counts.values()].reduce((sum, n) => sum + n, 0);
    let running = true;
    const loops = writers.map(async (writer) => {
      for (let round = 0; running; round++) {
        const summary = `Lagring ${round} av sak ${writer.caseId}`;
        if (await saveDraft(writer, summary)) {
          acknowledged.set(writer.caseId, summary);
          countAck(writer.caseId);
        }
      }
    });
    // Under way for every writer (however slow the machine) before the backup starts.
    while (writers.some((writer) => (counts.get(writer.caseId) ?? 0) < 3)) {
      await new Promise((done) => setTimeout(done, 20));
    }
    const ackedBeforeBackup = new Map(acknowledged);
    const savesBeforeBackup = total();
    const backup = await runScript("backup", server.dataDir);
    const savesDuringBackup = total() - savesBeforeBackup;
    running = false;
    await Promise.all(loops);
    expect(backup.code, backup.output).toBe(0);
    expect(ackedBeforeBackup.size).toBe(writers.length);
    expect(savesDuringBackup).toBeGreaterThan(0);

    const folder = backupFolderFrom(backup.output);
    const databaseCopy = join(folder, "awards.db");
    expect(integrity(databaseCopy)).toBe("ok");
    for (const [caseId, summary] of ackedBeforeBackup) {
      const [row] = rowsOf(databaseCopy, `cases WHERE id = ${caseId}`) as { summary: string }[];
      // The backup may hold a later save, never an earlier one.
      const round = (text: string) => Number(/Lagring (\d+)/.exec(text)?.[1]);
      expect(round(row!.summary)).toBeGreaterThanOrEqual(round(summary));
    }

    const manifest = JSON.parse(readFileSync(join(folder, "manifest.json"), "utf8")) as {
      createdAt: string;
      database: { sha256: string; rows: Record<string, number> };
      uploads: { files: number; bytes: number; missing: string[] };
    };
    expect(manifest.database.sha256).toBe(createHash("sha256").update(readFileSync(databaseCopy)).digest("hex"));
    expect(manifest.database.rows.cases).toBe(writers.length);
    expect(manifest.database.rows.attachments).toBe(1);
    expect(manifest.uploads).toEqual({ files: 1, bytes: SAMPLE_FILES.pdf.length, missing: [] });
    expect(Number.isNaN(Date.parse(manifest.createdAt))).toBe(false);
    // Only stored attachments: the half-received upload under tmp/ is left out.
    expect(filesUnder(join(folder, "uploads"))).toHaveLength(1);
  });
});

describe("restore", () => {
  let folder: string;

  beforeAll(async () => {
    const { code, output } = await runScript("backup", server.dataDir);
    expect(code, output).toBe(0);
    folder = backupFolderFrom(output);
  });

  it("refuses while the portal has the database open, and changes nothing", async () => {
    const before = rowsOf(server.databasePath, "cases");
    const { code, output } = await runScript("restore", server.dataDir, [folder]);
    expect(code).toBe(1);
    expect(output).toContain("stop the portal before restoring");
    expect(rowsOf(server.databasePath, "cases")).toEqual(before);
    expect(readdirSync(server.dataDir).filter((name) => name.startsWith("replaced-"))).toEqual([]);
  });

  it("refuses a backup whose database copy was changed after it was made", async () => {
    const tampered = join(scratch, "tampered");
    cpSync(folder, tampered, { recursive: true });
    const bytes = readFileSync(join(tampered, "awards.db"));
    bytes.writeUInt8(bytes.readUInt8(100) ^ 0xff, 100);
    writeFileSync(join(tampered, "awards.db"), bytes);
    const target = mkdtempSync(join(scratch, "target-"));
    const { code, output } = await runScript("restore", target, [tampered]);
    expect(code).toBe(1);
    expect(output).toContain("SHA-256");
    expect(readdirSync(target)).toEqual([]);
  });

  it("brings back the same rows and files, passing integrity_check, and the portal serves them", async () => {
    const target = mkdtempSync(join(scratch, "restored-"));
    // Something to replace: the restore keeps it aside rather than deleting it.
    copyFileSync(join(folder, "awards.db"), join(target, "awards.db"));
    const { code, output } = await runScript("restore", target, [folder]);
    expect(code, output).toBe(0);

    const restored = join(target, "awards.db");
    expect(integrity(restored)).toBe("ok");
    for (const table of ["cases", "attachments", "users", "organisations", "audit_log"]) {
      expect(rowsOf(restored, table), table).toEqual(rowsOf(join(folder, "awards.db"), table));
    }
    expect(filesUnder(join(target, "uploads"))).toEqual(filesUnder(join(folder, "uploads")));
    expect(readdirSync(target).filter((name) => name.startsWith("replaced-"))).toHaveLength(1);

    const [attachment] = sqlRows<{ id: number; case_id: number }>(restored, "SELECT id, case_id FROM attachments");
    const [owner] = sqlRows<{ email: string }>(
      restored,
      "SELECT u.email FROM users u JOIN cases c ON c.organisation_id = u.organisation_id WHERE c.id = ?",
      attachment!.case_id,
    );
    const portal = await startTestServer({ dataDir: target });
    try {
      const client = await loggedIn(portal.baseUrl, { email: owner!.email, password: TEST_PASSWORD });
      const page = await client.get(`/entrant/cases/${attachment!.case_id}`);
      expect(page.status).toBe(200);
      expect(await pageText(page)).toContain("rapport.pdf");
      const file = await client.get(`/cases/${attachment!.case_id}/attachments/${attachment!.id}`);
      expect(file.status).toBe(200);
      expect(new Uint8Array(await file.arrayBuffer())).toEqual(SAMPLE_FILES.pdf);
    } finally {
      await portal.stop();
    }
  });
});
