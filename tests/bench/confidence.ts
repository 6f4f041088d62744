// How long the chair's "how sure is the ranking?" figures take at scale: the pure computation
// (app/domain/verdict-confidence.ts) over 2,000 cases, 100 jurors, 3–5 final sheets a case and four
// categories, built in memory from a fixed seed (no database: the read is the ranking's own and is
// timed with the refresh). `npx tsx tests/bench/confidence.ts [cases]` runs it alone; `npm run
// bench` runs it first.
import type { FinalSheet, RankableCase, RankingMethod } from "#app/domain/ranking.ts";
import { seededRandom } from "#db/seed/seeded-random.ts";
import { categoryConfidence, verdictConfidence } from "#app/domain/verdict-confidence.ts";

export type ConfidenceReport = {
  cases: number;
  jurors: number;
  sheets: number;
  runs: number;
  /** Median ms of the whole competition: agreement, severity and every category's picture. */
  wholeMs: Partial<Record<RankingMethod, number>>;
  /** Median ms of what one page view computes: one category's picture. */
  oneCategoryMs: Partial<Record<RankingMethod, number>>;
};

/** Each case a quality, each juror a habit (−1 … +1), each sheet their sum plus noise, on 1–10. */
export function syntheticCompetition(cases = 2_000, jurors = 100, categories = 4) {
  // Seeded, so every run times the same competition.
  const random = seededRandom(16);
  const habits = Array.from({ length: jurors }, () => random() * 2 - 1);
  const weights = [
    { promise: 30, anchoring: 30, realisation: 40 },
    { promise: 25, anchoring: 25, realisation: 50 },
    { promise: 34, anchoring: 33, realisation: 33 },
    { promise: 20, anchoring: 40, realisation: 40 },
  ];
  const rankable: RankableCase[] = [];
  const sheets: FinalSheet[] = [];
  const score = (value: number) => Math.min(10, Math.max(1, Math.round(value)));
  for (let caseId = 1; caseId <= cases; caseId += 1) {
    const categoryId = ((caseId - 1) % categories) + 1;
    rankable.push({ caseId, categoryId });
    const quality = 3 + random() * 6;
    const count = 3 + Math.floor(random() * 3);
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(Math.floor(random() * jurors));
    for (const juror of chosen) {
      const noise = () => quality + habits[juror]! + (random() - 0.5) * 2;
      sheets.push({
        caseId,
        jurorId: `juror-${juror}`,
        scores: { promise: score(noise()), anchoring: score(noise()), realisation: score(noise()) },
        weights: weights[(categoryId - 1) % weights.length]!,
      });
    }
  }
  return { cases: rankable, sheets };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timed(runs: number, work: () => unknown): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return Math.round(median(times) * 10) / 10;
}

export function measureConfidence(cases = 2_000, jurors = 100, runs = 5): ConfidenceReport {
  const competition = syntheticCompetition(cases, jurors);
  const report: ConfidenceReport = {
    cases,
    jurors,
    sheets: competition.sheets.length,
    runs,
    wholeMs: {},
    oneCategoryMs: {},
  };
  for (const method of ["mean", "normalised"] as const) {
    const input = { ...competition, options: { method, minSheets: 3, scale: { min: 1, max: 10 } } };
    report.wholeMs[method] = timed(runs, () => verdictConfidence(input));
    const first = { ...input, cases: competition.cases.filter((item) => item.categoryId === 1) };
    report.oneCategoryMs[method] = timed(runs, () => categoryConfidence(first, 1));
  }
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = measureConfidence(Number(process.argv[2] ?? 2_000));
  console.log(JSON.stringify(report, null, 2));
}
