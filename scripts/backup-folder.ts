import { createHash } from "node:crypto";
import {
  copyFileSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import Database from "better-sqlite3";

// One backup is a folder: the database copied with SQLite's online backup API, the content-addressed
// uploads, and a manifest that lets a restore check both before it replaces anything (ADR 0012).

export const DATABASE_FILE = "awards.db";
export const MANIFEST_FILE = "manifest.json";
const UPLOADS_FOLDER = "uploads";
/** Uploads still being received live here; they belong to no row yet. */
const UPLOAD_TEMP_FOLDER = "tmp";
const SHA256_NAME = /^[0-9a-f]{64}$/;

export type BackupManifest = {
  format: 1;
  createdAt: string;
  database: { file: string; bytes: number; sha256: string; rows: Record<string, number> };
  uploads: { files: number; bytes: number; missing: string[] };
};

export class BackupError extends Error {
  override name = "BackupError";
}

/** "2026-11-26T11-45-03Z": sortable, and without the colons some file systems refuse. */
export function backupFolderName(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replaceAll(":", "-");
}

async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Row counts per table, from the file itself (so a restore can compare them). */
function countRows(sqlite: Database.Database): Record<string, number> {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((table) => [
      table,
      sqlite
        .prepare(`SELECT count(*) FROM "${table.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
}

function integrityProblems(sqlite: Database.Database): string[] {
  const result = sqlite.pragma("integrity_check", { simple: false }) as { integrity_check: string }[];
  return result.map((row) => row.integrity_check).filter((line) => line !== "ok");
}

/** The stored attachment files below an uploads folder, as paths relative to it ("ab/ab12…"). */
function listUploadFiles(uploadsDir: string): string[] {
  if (!existsSync(uploadsDir)) return [];
  const files: string[] = [];
  for (const entry of readdirSync(uploadsDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === UPLOAD_TEMP_FOLDER) continue;
    for (const file of readdirSync(join(uploadsDir, entry.name), { withFileTypes: true })) {
      if (file.isFile() && SHA256_NAME.test(file.name)) files.push(join(entry.name, file.name));
    }
  }
  return files.sort();
}

/**
 * True when another connection (the running server) has the database open. A server connection in
 * WAL mode holds a shared lock on the file for as long as it is open; an exclusive lock attempt
 * without waiting fails while it does.
 */
export function isDatabaseInUse(databasePath: string): boolean {
  if (!existsSync(databasePath)) return false;
  const probe = new Database(databasePath, { timeout: 0, fileMustExist: true });
  try {
    probe.pragma("locking_mode = EXCLUSIVE");
    probe.exec("BEGIN EXCLUSIVE");
    probe.exec("ROLLBACK");
    return false;
  } catch {
    return true;
  } finally {
    probe.close();
  }
}

/**
 * Copies the database and the uploads into a new dated folder under backupDir. Safe while the server
 * runs and writes: the online backup API copies one consistent snapshot (in one step, as a reader,
 * so writers are not blocked), and the uploads are copied after it, so every file a copied row
 * names was already stored.
 */
export async function createBackup(options: {
  databasePath: string;
  uploadsDir: string;
  backupDir: string;
  now: Date;
}): Promise<{ folder: string; manifest: BackupManifest }> {
  const { databasePath, backupDir, now } = options;
  if (!existsSync(databasePath)) throw new BackupError(`No database at ${databasePath}`);
  mkdirSync(backupDir, { recursive: true });
  let folder = join(backupDir, backupFolderName(now));
  for (let suffix = 2; existsSync(folder) || existsSync(`${folder}.partial`); suffix++) {
    folder = join(backupDir, `${backupFolderName(now)}-${suffix}`);
  }
  // Written under another name and renamed when complete: an interrupted backup never looks usable.
  const partial = `${folder}.partial`;
  mkdirSync(join(partial, UPLOADS_FOLDER), { recursive: true });
  try {
    const manifest = await fillBackupFolder(partial, options);
    renameSync(partial, folder);
    return { folder, manifest };
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

async function fillBackupFolder(
  partial: string,
  { databasePath, uploadsDir, now }: { databasePath: string; uploadsDir: string; now: Date },
): Promise<BackupManifest> {
  const databaseCopy = join(partial, DATABASE_FILE);
  const source = new Database(databasePath, { fileMustExist: true, timeout: 5000 });
  try {
    await source.backup(databaseCopy);
  } finally {
    source.close();
  }

  const copy = new Database(databaseCopy, { fileMustExist: true });
  let rows: Record<string, number>;
  let referenced: string[];
  try {
    // The copy keeps the source's WAL flag; a single file is easier to carry and to hash.
    copy.pragma("journal_mode = DELETE");
    const problems = integrityProblems(copy);
    if (problems.length) throw new BackupError(`The database copy failed integrity_check: ${problems.join("; ")}`);
    rows = countRows(copy);
    if (!("attachments" in rows)) throw new BackupError(`${databasePath} is not the portal's database`);
    referenced = copy.prepare("SELECT DISTINCT sha256 FROM attachments").pluck().all() as string[];
  } finally {
    copy.close();
  }

  let bytes = 0;
  const copied = new Set<string>();
  for (const file of listUploadFiles(uploadsDir)) {
    mkdirSync(join(partial, UPLOADS_FOLDER, dirname(file)), { recursive: true });
    copyFileSync(join(uploadsDir, file), join(partial, UPLOADS_FOLDER, file));
    bytes += statSync(join(partial, UPLOADS_FOLDER, file)).size;
    copied.add(basename(file));
  }

  const manifest: BackupManifest = {
    format: 1,
    createdAt: now.toISOString(),
    database: {
      file: DATABASE_FILE,
      bytes: statSync(databaseCopy).size,
      sha256: await sha256OfFile(databaseCopy),
      rows,
    },
    // A file removed between the snapshot and the copy (its attachment deleted meanwhile) is named
    // here rather than failing the whole backup.
    uploads: { files: copied.size, bytes, missing: referenced.filter((sha256) => !copied.has(sha256)) },
  };
  writeFileSync(join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function readManifest(folder: string): BackupManifest {
  const path = join(folder, MANIFEST_FILE);
  if (!existsSync(path)) throw new BackupError(`${folder} has no ${MANIFEST_FILE}: not a backup folder`);
  const manifest = JSON.parse(readFileSync(path, "utf8")) as BackupManifest;
  if (manifest.format !== 1) throw new BackupError(`Unknown backup format ${String(manifest.format)}`);
  return manifest;
}

/**
 * Everything a restore checks before it touches the live data: the database copy (already copied
 * to stagedPath, so the backup folder itself is never opened or changed) against the manifest's
 * hash, integrity_check and row counts, and every upload against its content-hash name.
 */
async function verifyBackup(folder: string, stagedPath: string): Promise<BackupManifest> {
  const manifest = readManifest(folder);
  const databaseCopy = join(folder, manifest.database.file);
  if (!existsSync(databaseCopy)) throw new BackupError(`The backup has no ${manifest.database.file}`);
  copyFileSync(databaseCopy, stagedPath);
  const sha256 = await sha256OfFile(stagedPath);
  if (sha256 !== manifest.database.sha256) {
    throw new BackupError(
      `The database copy has changed since the backup (SHA-256 ${sha256}, the manifest says ${manifest.database.sha256})`,
    );
  }
  const sqlite = new Database(stagedPath, { fileMustExist: true });
  try {
    const problems = integrityProblems(sqlite);
    if (problems.length) throw new BackupError(`The database copy failed integrity_check: ${problems.join("; ")}`);
    if (JSON.stringify(countRows(sqlite)) !== JSON.stringify(manifest.database.rows)) {
      throw new BackupError("The database copy's row counts differ from the manifest");
    }
  } finally {
    sqlite.close();
  }
  const files = listUploadFiles(join(folder, UPLOADS_FOLDER));
  if (files.length !== manifest.uploads.files) {
    throw new BackupError(`The backup holds ${files.length} uploads, the manifest says ${manifest.uploads.files}`);
  }
  for (const file of files) {
    if ((await sha256OfFile(join(folder, UPLOADS_FOLDER, file))) !== basename(file)) {
      throw new BackupError(`The upload ${file} does not match its content hash`);
    }
  }
  return manifest;
}

/**
 * Replaces the database with the backup's copy and puts back its uploads. The replaced database
 * (with its WAL, so nothing committed is lost) is moved into a "replaced-<time>" folder beside it.
 * Uploads already present stay: they are named by content, so the same name is the same file.
 */
export async function restoreBackup(options: {
  folder: string;
  databasePath: string;
  uploadsDir: string;
  now: Date;
}): Promise<{ manifest: BackupManifest; replacedTo: string | null; uploadsRestored: number }> {
  const { folder, databasePath, uploadsDir, now } = options;
  if (isDatabaseInUse(databasePath)) {
    throw new BackupError(`The database ${databasePath} is in use: stop the portal before restoring.`);
  }
  const staged = `${databasePath}.restoring`;
  mkdirSync(dirname(databasePath), { recursive: true });
  let manifest: BackupManifest;
  try {
    manifest = await verifyBackup(folder, staged);
  } catch (error) {
    rmSync(staged, { force: true });
    throw error;
  }

  let replacedTo: string | null = null;
  if (existsSync(databasePath)) {
    replacedTo = join(dirname(databasePath), `replaced-${backupFolderName(now)}`);
    mkdirSync(replacedTo, { recursive: true });
    for (const suffix of ["", "-wal", "-shm"]) {
      const path = `${databasePath}${suffix}`;
      if (existsSync(path)) renameSync(path, join(replacedTo, `${basename(databasePath)}${suffix}`));
    }
  }
  renameSync(staged, databasePath);

  let uploadsRestored = 0;
  const backupUploads = join(folder, UPLOADS_FOLDER);
  for (const file of listUploadFiles(backupUploads)) {
    const target = join(uploadsDir, file);
    if (existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    // Copied under a temporary name first, so a crash never leaves a half file under a hash name.
    copyFileSync(join(backupUploads, file), `${target}.restoring`);
    renameSync(`${target}.restoring`, target);
    uploadsRestored++;
  }
  return { manifest, replacedTo, uploadsRestored };
}

export function describeFolder(folder: string): string {
  return relative(process.cwd(), folder) || folder;
}
