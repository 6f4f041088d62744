import { createHash } from "node:crypto";

/**
 * What the first audit entry chains from. A fixed, published value rather than a random one, so
 * anyone holding a copy of the database can check the chain with nothing else.
 */
export const AUDIT_GENESIS_HASH = "0".repeat(64);

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * JSON with object keys sorted at every level, and otherwise JSON.stringify's rules (undefined
 * members dropped, toJSON honoured, non-finite numbers as null). A value read back from a JSON
 * column therefore serialises exactly as it did before it was written, whatever order its keys
 * came in, which is what makes a hash over it reproducible.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? "null";
}

function sortKeys(value: unknown): unknown {
  if (value !== null && typeof value === "object" && "toJSON" in value && typeof value.toJSON === "function") {
    return sortKeys((value as { toJSON: () => unknown }).toJSON());
  }
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : sortKeys(item)));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}

/** SHA-256 of a value's canonical JSON: a published snapshot's fingerprint. */
export function contentHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}

/** An audit entry's fields as stored; the hash covers all of them. */
export type ChainedAuditFields = {
  id: number;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  details: Record<string, unknown> | null;
  at: Date;
  prevHash: string;
};

export function auditEntryHash(entry: ChainedAuditFields): string {
  return sha256Hex(
    canonicalJson({
      id: entry.id,
      actorId: entry.actorId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      details: entry.details ?? null,
      at: entry.at.getTime(),
      prevHash: entry.prevHash,
    }),
  );
}

export type StoredAuditEntry = Omit<ChainedAuditFields, "prevHash"> & { prevHash: string | null; hash: string | null };

/**
 * What is wrong at the first broken place: the entry's own fields no longer match its hash
 * (content-changed), it was never given one (unsealed), entries before it are gone
 * (entry-missing: ids are skipped), or its link
 * does not match the entry before it although none is missing (link-broken).
 */
export type ChainBreak =
  | { id: number; kind: "content-changed" | "unsealed" | "link-broken" }
  | { id: number; kind: "entry-missing"; missingFrom: number; missingTo: number };

export type ChainReport =
  { intact: true; count: number; headHash: string } | { intact: false; count: number; break: ChainBreak };

/**
 * Walks the entries in id order. `lastIssuedId` is the highest id SQLite ever handed out
 * (sqlite_sequence), so removing the newest entries is noticed too, though no link points at them.
 */
export function verifyAuditChain(entries: Iterable<StoredAuditEntry>, lastIssuedId: number): ChainReport {
  let previous = { id: 0, hash: AUDIT_GENESIS_HASH };
  let count = 0;
  const broken = (chainBreak: ChainBreak): ChainReport => ({ intact: false, count, break: chainBreak });
  for (const entry of entries) {
    count += 1;
    if (entry.hash === null || entry.prevHash === null) return broken({ id: entry.id, kind: "unsealed" });
    if (auditEntryHash({ ...entry, prevHash: entry.prevHash }) !== entry.hash)
      return broken({ id: entry.id, kind: "content-changed" });
    // Ids are issued one after another (a rolled-back insert rolls its number back), so any gap is a removal.
    if (entry.id > previous.id + 1)
      return broken({ id: entry.id, kind: "entry-missing", missingFrom: previous.id + 1, missingTo: entry.id - 1 });
    if (entry.prevHash !== previous.hash) return broken({ id: entry.id, kind: "link-broken" });
    previous = { id: entry.id, hash: entry.hash };
  }
  if (lastIssuedId > previous.id) {
    return broken({
      id: previous.id + 1,
      kind: "entry-missing",
      missingFrom: previous.id + 1,
      missingTo: lastIssuedId,
    });
  }
  return { intact: true, count, headHash: previous.hash };
}

/** One line for a person: the script's output and the log's own page say the same. */
export function describeChainBreak(chainBreak: ChainBreak): string {
  switch (chainBreak.kind) {
    case "content-changed":
      return `entry ${chainBreak.id}: content changed (its fields no longer match its hash)`;
    case "unsealed":
      return `entry ${chainBreak.id}: no hash recorded`;
    case "link-broken":
      return `entry ${chainBreak.id}: link broken (it does not chain from the entry before it)`;
    case "entry-missing":
      return chainBreak.missingFrom === chainBreak.missingTo
        ? `entry ${chainBreak.missingFrom} missing`
        : `entries ${chainBreak.missingFrom}–${chainBreak.missingTo} missing`;
  }
}
