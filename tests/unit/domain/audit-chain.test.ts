import { describe, expect, it } from "vitest";
import {
  AUDIT_GENESIS_HASH,
  auditEntryHash,
  canonicalJson,
  describeChainBreak,
  verifyAuditChain,
  type StoredAuditEntry,
} from "#app/domain/audit-chain.ts";

/** A chain of `length` correctly linked entries, as writeAudit would have written them. */
function chain(length: number): StoredAuditEntry[] {
  const entries: StoredAuditEntry[] = [];
  let prevHash = AUDIT_GENESIS_HASH;
  for (let id = 1; id <= length; id += 1) {
    const fields = {
      id,
      actorId: id % 2 ? "chair-1" : null,
      action: "case.submitted",
      subjectType: "case",
      subjectId: String(id),
      details: { version: id, nested: { b: 2, a: [1, "x"] } },
      at: new Date(Date.UTC(2026, 0, 1, 12, id)),
      prevHash,
    };
    const hash = auditEntryHash(fields);
    entries.push({ ...fields, hash });
    prevHash = hash;
  }
  return entries;
}

describe("canonical JSON", () => {
  it("sorts keys at every level, so the same content always hashes the same", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it("follows JSON's rules for what a JSON column cannot keep", () => {
    expect(canonicalJson({ gone: undefined, list: [undefined, Number.NaN], at: new Date(0) })).toBe(
      '{"at":"1970-01-01T00:00:00.000Z","list":[null,null]}',
    );
    expect(canonicalJson(undefined)).toBe("null");
  });
});

describe("verifying the audit chain", () => {
  it("an intact chain reports its count and newest hash", () => {
    const entries = chain(5);
    expect(verifyAuditChain(entries, 5)).toEqual({ intact: true, count: 5, headHash: entries[4]!.hash });
    expect(verifyAuditChain([], 0)).toEqual({ intact: true, count: 0, headHash: AUDIT_GENESIS_HASH });
  });

  it("names an entry whose details were edited", () => {
    const entries = chain(5);
    entries[2] = { ...entries[2]!, details: { version: 99 } };
    const report = verifyAuditChain(entries, 5);
    expect(report).toEqual({ intact: false, count: 3, break: { id: 3, kind: "content-changed" } });
    expect(describeChainBreak({ id: 3, kind: "content-changed" })).toBe(
      "entry 3: content changed (its fields no longer match its hash)",
    );
  });

  it("names an entry whose time or actor was edited", () => {
    const entries = chain(3);
    entries[0] = { ...entries[0]!, at: new Date(0) };
    expect(verifyAuditChain(entries, 3)).toMatchObject({ break: { id: 1, kind: "content-changed" } });
    const again = chain(3);
    again[1] = { ...again[1]!, actorId: "someone-else" };
    expect(verifyAuditChain(again, 3)).toMatchObject({ break: { id: 2, kind: "content-changed" } });
  });

  it("names the gap a removed entry leaves, in the middle, at the start and at the end", () => {
    const entries = chain(6);
    expect(verifyAuditChain([...entries.slice(0, 2), ...entries.slice(4)], 6)).toMatchObject({
      break: { id: 5, kind: "entry-missing", missingFrom: 3, missingTo: 4 },
    });
    expect(verifyAuditChain(entries.slice(1), 6)).toMatchObject({
      break: { id: 2, kind: "entry-missing", missingFrom: 1, missingTo: 1 },
    });
    const tail = verifyAuditChain(entries.slice(0, 5), 6);
    expect(tail).toMatchObject({ break: { id: 6, kind: "entry-missing", missingFrom: 6, missingTo: 6 } });
    expect(describeChainBreak({ id: 5, kind: "entry-missing", missingFrom: 3, missingTo: 4 })).toBe(
      "entries 3–4 missing",
    );
  });

  it("an entry re-hashed after an edit still breaks the link of the one after it", () => {
    const entries = chain(4);
    const forged = { ...entries[1]!, details: { version: 42 } };
    forged.hash = auditEntryHash({ ...forged, prevHash: forged.prevHash! });
    entries[1] = forged;
    expect(verifyAuditChain(entries, 4)).toMatchObject({ break: { id: 3, kind: "link-broken" } });
  });

  it("an entry without a hash is named", () => {
    const entries = chain(2);
    entries[1] = { ...entries[1]!, hash: null };
    expect(verifyAuditChain(entries, 2)).toMatchObject({ break: { id: 2, kind: "unsealed" } });
  });
});
