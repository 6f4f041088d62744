/**
 * Seeded randomness for generated data (the demo, the bench): the same seed gives the same rows, so
 * what the README promises about them is there on every run. Never for secrets: passwords and
 * tokens keep coming from node:crypto.
 */

export type Random = () => number;

/** A small seeded generator (mulberry32): uniform in [0, 1). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from `min` to `max`, both included. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A version 4 UUID drawn from the seeded source, for ids that decide something (a juror's assignment order). */
export function seededUuid(random: Random): string {
  const bytes = Array.from({ length: 16 }, () => randomInt(random, 0, 255));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
