import { join, resolve } from "node:path";
import { env } from "#app/utils/env.server.ts";
import { BackupError, createBackup, describeFolder } from "./backup-folder.ts";

// `npm run backup`: safe while the portal runs. See backup-folder.ts and the README.

try {
  const { folder, manifest } = await createBackup({
    databasePath: resolve(env.DATABASE_PATH),
    uploadsDir: resolve(join(env.DATA_DIR, "uploads")),
    backupDir: resolve(env.BACKUP_DIR ?? join(env.DATA_DIR, "backups")),
    now: new Date(),
  });
  const rows = Object.values(manifest.database.rows).reduce((sum, count) => sum + count, 0);
  console.log(
    `Backup written to ${describeFolder(folder)}: database ${manifest.database.bytes} bytes (${rows} rows), ` +
      `${manifest.uploads.files} uploads (${manifest.uploads.bytes} bytes).`,
  );
  if (manifest.uploads.missing.length) {
    console.warn(
      `Attachments deleted while the backup ran, their files not copied: ${manifest.uploads.missing.join(", ")}`,
    );
  }
} catch (error) {
  console.error(error instanceof BackupError ? `Backup failed: ${error.message}` : error);
  process.exit(1);
}
