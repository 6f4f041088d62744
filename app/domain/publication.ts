import type { StepScores, StepWeights } from "./step-weights.ts";
import { rankingRules, type RankingMethod, type RankingRules } from "./ranking.ts";
import type { PublicAgreement, SnapshotConfidence } from "./published-confidence.ts";

/** The award publishes in two stages: first the finalists, then the winners. */
export const PUBLICATION_STAGES = ["finalists", "winners"] as const;
export type PublicationStage = (typeof PUBLICATION_STAGES)[number];

export const MAX_FINALISTS = 10;

export type SnapshotCase = {
  caseId: number;
  reference: string;
  title: string;
  organisationName: string;
  rank: number | null;
  score: number | null;
  rawMean: number | null;
  stepMeans: StepScores | null;
  sheetCount: number;
  /** Withdrawn by a correction after publishing (ADR 0028): no place, kept for the record. */
  withdrawn?: true;
};

export type CategorySnapshot = {
  categoryId: number;
  name: string;
  weights: StepWeights;
  /** The full main-round ranking as it stood, for the record. */
  ranking: SnapshotCase[];
  /** The final round's ranking of the finalists, when the chair held one; it decides the winners. */
  finalRanking: SnapshotCase[] | null;
  finalistIds: number[];
  /**
   * Cases short of sheets the chair let in as finalists, each with the recorded reason (ADR 0030).
   * Absent from snapshots made before the rule.
   */
  overrides?: FinalistOverride[];
  winnerIds: number[];
  /** The jury's reasoning (juryens begrunnelse) for the winner; winners stage only. */
  reasoning: string | null;
};

/** Everything a publication fixes for good: what was published, how it was computed, when, by whom. */
export type PublicationSnapshot = {
  competitionId: number;
  year: number;
  competitionName: string;
  stage: PublicationStage;
  method: RankingMethod;
  finalistCount: number;
  minScoreSheets: number;
  categories: CategorySnapshot[];
  /**
   * How far the ranking can be trusted, computed from the final sheets it ranks (ADR 0029). Absent
   * from snapshots made before the figures were kept.
   */
  confidence?: SnapshotConfidence;
  /** The chair's choice to show the agreement figure and its method on the public page; frozen with the version. */
  showAgreement?: boolean;
};

/** A short-of-sheets case the chair let in as a finalist by name, and why. */
export type FinalistOverride = { caseId: number; reason: string };

/** Fewer final sheets than the competition asks for: such a case is listed apart (ADR 0030). */
export function isShortOfSheets(entry: { sheetCount: number }, minSheets: number): boolean {
  return entry.sheetCount < minSheets;
}

/**
 * The top `count` places among the cases that may be finalists: those with enough final sheets,
 * and those short of sheets that the chair let in by name. A tie on the last place takes every
 * case that shares it. A short case keeps its place in the ranking (so the chair sees where it
 * would stand), but the next case with enough sheets takes its seat among the finalists.
 */
export function selectFinalists(
  ranking: readonly { caseId: number; rank: number | null; sheetCount: number }[],
  count: number,
  rules: { minSheets: number; overrides?: readonly number[] },
): number[] {
  const eligible = ranking.filter(
    (entry) =>
      entry.rank !== null && (!isShortOfSheets(entry, rules.minSheets) || rules.overrides?.includes(entry.caseId)),
  );
  // A case's place among the eligible is one more than the eligible cases placed strictly above it,
  // so it is within the top `count` exactly when its rank is no worse than the count-th best rank.
  const ranks = eligible.map((entry) => entry.rank!).sort((a, b) => a - b);
  const cutoff = ranks[Math.min(count, ranks.length) - 1] ?? 0;
  return eligible.filter((entry) => entry.rank! <= cutoff).map((entry) => entry.caseId);
}

/** A case listed apart for want of sheets: where it would stand, and the reason when the chair let it in. */
export type ShortCase = {
  caseId: number;
  reference: string;
  title: string;
  category: string;
  rank: number | null;
  sheetCount: number;
  minSheets: number;
  /** Whether it would be a finalist on its place alone, were it not short of sheets. */
  wouldBeFinalist: boolean;
  /** The chair's reason for letting it in as a finalist; null when it was left out. */
  overrideReason: string | null;
};

/** The cases a finalists snapshot listed apart for want of sheets, with where they would stand. */
export function casesListedApart(snapshot: PublicationSnapshot): ShortCase[] {
  return snapshot.categories.flatMap((category) =>
    category.ranking
      .filter((entry) => !entry.withdrawn && isShortOfSheets(entry, snapshot.minScoreSheets))
      .map((entry) => ({
        caseId: entry.caseId,
        reference: entry.reference,
        title: entry.title,
        category: category.name,
        rank: entry.rank,
        sheetCount: entry.sheetCount,
        minSheets: snapshot.minScoreSheets,
        wouldBeFinalist: entry.rank !== null && entry.rank <= snapshot.finalistCount,
        overrideReason: category.overrides?.find((item) => item.caseId === entry.caseId)?.reason ?? null,
      })),
  );
}

/** The best-placed finalists: one, or several on a shared first place. */
export function selectWinners(
  ranking: readonly { caseId: number; rank: number | null }[],
  finalistIds: readonly number[],
): number[] {
  const finalists = ranking.filter((entry) => finalistIds.includes(entry.caseId) && entry.rank !== null);
  const best = Math.min(...finalists.map((entry) => entry.rank!));
  return finalists.filter((entry) => entry.rank === best).map((entry) => entry.caseId);
}

export type PlacementBand = "winner" | "finalist" | "participant";

export function placementBand(caseId: number, snapshot: PublicationSnapshot): PlacementBand {
  const category = snapshot.categories.find((item) => item.ranking.some((entry) => entry.caseId === caseId));
  if (category?.winnerIds.includes(caseId)) return "winner";
  if (category?.finalistIds.includes(caseId)) return "finalist";
  return "participant";
}

/** The public agreement of a snapshot; null unless the chair chose to show it and the snapshot has figures. */
export function publicAgreement(snapshot: PublicationSnapshot): PublicAgreement | null {
  if (snapshot.showAgreement !== true || !snapshot.confidence) return null;
  const { alpha, reading, units, values } = snapshot.confidence.agreement.total;
  return {
    alpha,
    reading,
    cases: units,
    sheets: values,
    method: "krippendorff-alpha",
    metric: "interval",
    over: "weighted-totals",
  };
}

/**
 * One correction as the public sees it: the stage it corrected, the version it made, when, and why.
 * The winners page lists the finalists' corrections too, since the winners were chosen from them.
 */
export type CorrectionNote = { stage: PublicationStage; version: number; at: string; reason: string };

/** `reference` (KSA-<year>-<case id>) is the case's stable id: it never changes, in any version. */
export type PublicCase = { reference: string; title: string; organisation: string };
export type PublicCategory = {
  category: string;
  finalists: PublicCase[];
  winners: PublicCase[];
  reasoning: string | null;
};
export type PublicResults = {
  year: number;
  competition: string;
  stage: PublicationStage;
  /** When the stage was first published; a correction has its own time in the corrections. */
  publishedAt: string;
  method: RankingMethod;
  /** How the cases were ranked: the method and the tie-break, as data (the page words it). */
  rules: RankingRules;
  categories: PublicCategory[];
  /** The jury's agreement and its method, only when the chair chose to show it; never a juror. */
  agreement?: PublicAgreement;
};

const toPublic = (item: SnapshotCase): PublicCase => ({
  reference: item.reference,
  title: item.title,
  organisation: item.organisationName,
});

/**
 * What the public may see of a snapshot: finalists in alphabetical order (never their places),
 * and after the winners stage the winners and the jury's reasoning. No scores.
 */
export function publicResults(snapshot: PublicationSnapshot, publishedAt: Date): PublicResults {
  const agreement = publicAgreement(snapshot);
  return {
    year: snapshot.year,
    competition: snapshot.competitionName,
    stage: snapshot.stage,
    publishedAt: publishedAt.toISOString(),
    method: snapshot.method,
    rules: rankingRules(snapshot.method),
    categories: snapshot.categories.map((category) => {
      const pick = (ids: number[]) =>
        category.ranking
          .filter((item) => ids.includes(item.caseId))
          .map(toPublic)
          .sort((a, b) => a.organisation.localeCompare(b.organisation, "nb"));
      return {
        category: category.name,
        finalists: pick(category.finalistIds),
        winners: snapshot.stage === "winners" ? pick(category.winnerIds) : [],
        reasoning: snapshot.stage === "winners" ? category.reasoning : null,
      };
    }),
    ...(agreement ? { agreement } : {}),
  };
}
