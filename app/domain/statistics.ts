// The few statistics the ranking and the confidence figures share, in one place so both add, average
// and group in exactly the same order (equal inputs must give bit-equal scores for ties to hold).

/** Below this two scores are the same: float noise, not a difference a juror made. */
export const EPSILON = 1e-9;

/** A plain loop, not reduce: called for every case and step, and adds in the same order. */
export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

export function mean(values: readonly number[]): number {
  return sum(values) / values.length;
}

export const ascending = (a: number, b: number) => a - b;

/** The middle of totals already sorted ascending. */
export function medianOfSorted(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Population standard deviation: the spread of exactly these totals, not an estimate of others. */
export function standardDeviation(values: readonly number[]): number {
  const average = mean(values);
  let squares = 0;
  for (const value of values) squares += (value - average) ** 2;
  return Math.sqrt(squares / values.length);
}

/** Items grouped by a key, each group in the items' order; groups in order of first appearance. */
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
