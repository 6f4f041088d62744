import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { describeChainBreak } from "#app/domain/audit-chain.ts";
import { auditChainStatus } from "#app/domain/audit-chain.server.ts";
import { alteredCorrections, alteredPublications } from "#app/domain/publication.server.ts";
import { env } from "#app/utils/env.server.ts";
import * as schema from "#db/schema.ts";

// `npm run audit:verify`: checks the audit log's hash chain and every published snapshot against
// its hash, in the database the server uses (DATABASE_PATH). Exit 0 when all is intact, 1 when
// something was changed, 2 when there is nothing to check. Safe while the server runs: it only
// reads, and opens the file without openDatabase so it neither migrates nor seals anything.

if (!existsSync(env.DATABASE_PATH)) {
  console.error(`No database at ${env.DATABASE_PATH} (set DATABASE_PATH).`);
  process.exit(2);
}
const sqlite = new Database(env.DATABASE_PATH, { fileMustExist: true });
sqlite.pragma("busy_timeout = 5000");
const db = drizzle(sqlite, { schema });

let chain: ReturnType<typeof auditChainStatus>;
let altered: ReturnType<typeof alteredPublications>;
let alteredVersions: ReturnType<typeof alteredCorrections>;
try {
  chain = auditChainStatus(db);
  altered = alteredPublications(db);
  alteredVersions = alteredCorrections(db);
} catch (error) {
  console.error(
    `Could not read the audit log (${(error as Error).message}); start the server once to migrate the database.`,
  );
  process.exit(2);
}
sqlite.close();

let failed = false;
if (chain.intact) {
  console.log(`Audit chain intact: ${chain.count} entries checked. Newest hash: ${chain.headHash}`);
} else {
  failed = true;
  console.error(`Audit chain broken: ${describeChainBreak(chain.break)}.`);
}
for (const publication of altered) {
  failed = true;
  console.error(
    `Published snapshot ${publication.id} (competition ${publication.competitionId}, ${publication.stage}) no longer matches its hash.`,
  );
}
for (const correction of alteredVersions) {
  failed = true;
  console.error(
    `Correction version ${correction.version} of publication ${correction.publicationId} no longer matches its hash.`,
  );
}
if (!failed) console.log("Published snapshots match their hashes.");
process.exit(failed ? 1 : 0);
