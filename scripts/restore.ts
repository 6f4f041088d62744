import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { env } from "#app/utils/env.server.ts";
import { BackupError, describeFolder, restoreBackup } from "./backup-folder.ts";

// `npm run restore <folder>`: the portal must be stopped; the restore refuses while it has the
// database open. The folder may be a path or a folder name under BACKUP_DIR.

const argument = process.argv[2];
if (!argument) {
  console.error("Usage: npm run restore <backup folder>");
  process.exit(2);
}
const backupDir = resolve(env.BACKUP_DIR ?? join(env.DATA_DIR, "backups"));
const folder = existsSync(argument) ? resolve(argument) : join(backupDir, argument);

try {
  const { manifest, replacedTo, uploadsRestored } = await restoreBackup({
    folder,
    databasePath: resolve(env.DATABASE_PATH),
    uploadsDir: resolve(join(env.DATA_DIR, "uploads")),
    now: new Date(),
  });
  console.log(`Restored the backup of ${manifest.createdAt} from ${describeFolder(folder)}.`);
  if (replacedTo) console.log(`The replaced database was kept in ${describeFolder(replacedTo)}.`);
  console.log(`${uploadsRestored} of ${manifest.uploads.files} uploads copied back (the others were in place).`);
} catch (error) {
  console.error(error instanceof BackupError ? `Restore refused: ${error.message}` : error);
  process.exit(1);
}
