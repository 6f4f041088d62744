import type { ScoringRound } from "./jury-states.ts";
import type { PublicationSnapshot } from "./publication.ts";
import {
  agreement,
  jurorSeverity,
  verdictConfidence,
  type Agreement,
  type AgreementReading,
  type CategoryConfidence,
  type ConfidenceFigures,
  type ConfidenceInput,
  type JurorSeverity,
} from "./verdict-confidence.ts";

// The confidence figures a published snapshot keeps with its result (issue 16, ADR 0029): enough
// for a later reader to judge how far the published ranking can be trusted, computed once from the
// very final sheets the snapshot ranks, and frozen with it. Jurors appear by id only; names are
// looked up for the chair when the chair reads them, and the public sees at most the agreement.

/** One category's figures as stored: per-case detail only for the cases that decide the result. */
export type StoredCategoryConfidence = CategoryConfidence & {
  /** Alpha over this category's sheets alone. */
  agreement: Agreement;
  /** Severity on this category's cases alone, by juror id. */
  severity: JurorSeverity[];
};

export type SnapshotConfidence = {
  /** The round whose sheets decided the stage: the main round, or the final round for winners judged in one. */
  round: ScoringRound;
  scale: ConfidenceInput["options"]["scale"];
  /** Alpha over the round's sheets in every category. */
  agreement: Agreement;
  severity: JurorSeverity[];
  categories: StoredCategoryConfidence[];
};

/** Stored figures keep four decimals: the page shows two, and 17-digit noise would double the JSON. */
const DECIMALS = 1e4;

function rounded<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_key, item: unknown) =>
      typeof item === "number" && !Number.isInteger(item) ? Math.round(item * DECIMALS) / DECIMALS : item,
    ),
  ) as T;
}

/**
 * The figures to freeze with a snapshot. Agreement, severity, margins, decisive jurors and weight
 * shifts are small whatever the award's size, and are kept whole. Per-case intervals and best/worst
 * places grow with the cases (2,000 of them would add more than the ranking itself), so only the
 * cases that decide the result keep theirs: the finalists, the winners, those on either side of a
 * margin, and `keepCaseIds` (the snapshot's own finalists, which may include a case let in short of sheets).
 */
export function snapshotConfidence(
  input: ConfidenceInput,
  round: ScoringRound,
  keepCaseIds: ReadonlyMap<number, readonly number[]> = new Map(),
): SnapshotConfidence {
  const whole = verdictConfidence(input);
  const categoryOf = new Map(input.cases.map((item) => [item.caseId, item.categoryId]));
  return rounded({
    round,
    scale: input.options.scale,
    agreement: whole.agreement,
    severity: whole.severity,
    categories: whole.categories.map((category) => {
      const sheets = input.sheets.filter((sheet) => categoryOf.get(sheet.caseId) === category.categoryId);
      const kept = new Set([
        ...category.finalistIds,
        ...category.winnerIds,
        ...category.margins.flatMap((margin) => [margin.upperCaseId, margin.lowerCaseId]),
        ...(keepCaseIds.get(category.categoryId) ?? []),
      ]);
      return {
        ...category,
        intervals: category.intervals.filter((entry) => kept.has(entry.caseId)),
        stability: category.stability.filter((entry) => kept.has(entry.caseId)),
        agreement: agreement(sheets),
        severity: jurorSeverity(sheets, input.options.scale),
      };
    }),
  });
}

/** The agreement as the public may see it, when the chair chose to show it: a figure and its method, no juror. */
export type PublicAgreement = {
  alpha: number | null;
  reading: AgreementReading;
  /** Cases with two or more sheets, and the sheets in them: what the figure rests on. */
  cases: number;
  sheets: number;
  method: "krippendorff-alpha";
  metric: "interval";
  over: "weighted-totals";
};

/** The figures of a category without names yet: jurors as ids, to be named for the chair alone. */
export type UnnamedFigures = Omit<ConfidenceFigures, "competition" | "category"> & {
  categoryName: string;
  competition: { agreement: Agreement; severity: JurorSeverity[] };
  category: StoredCategoryConfidence;
};

/**
 * A snapshot's stored figures, one entry a category, in the shape the chair's confidence view words
 * (cases named from the snapshot's own ranking, so nothing is looked up but the jurors' names).
 * Empty for a snapshot made before the figures were kept.
 */
export function storedFigures(snapshot: PublicationSnapshot): UnnamedFigures[] {
  const stored = snapshot.confidence;
  if (!stored) return [];
  return stored.categories.flatMap((category) => {
    const published = snapshot.categories.find((item) => item.categoryId === category.categoryId);
    if (!published) return [];
    const cases = Object.fromEntries(
      [...published.ranking, ...(published.finalRanking ?? [])].map((entry) => [
        entry.caseId,
        { reference: entry.reference, title: entry.title },
      ]),
    );
    return [
      {
        categoryName: published.name,
        method: snapshot.method,
        minSheets: snapshot.minScoreSheets,
        scale: stored.scale,
        cases,
        competition: { agreement: stored.agreement, severity: stored.severity },
        category,
      },
    ];
  });
}

/** Every juror id the stored figures mention, to look their names up for the chair. */
export function figuresJurorIds(figures: readonly UnnamedFigures[]): string[] {
  return [
    ...new Set(
      figures.flatMap((entry) => [
        ...entry.competition.severity.map((item) => item.jurorId),
        ...entry.category.severity.map((item) => item.jurorId),
        ...entry.category.decisiveJurors.map((item) => item.jurorId),
      ]),
    ),
  ];
}

/** The stored figures with the jurors named (a juror no longer on file keeps their id). */
export function namedFigures(
  figures: UnnamedFigures,
  names: ReadonlyMap<string, string>,
): ConfidenceFigures & { categoryName: string } {
  const name = <T extends { jurorId: string }>(entry: T) => ({
    ...entry,
    name: names.get(entry.jurorId) ?? entry.jurorId,
  });
  return {
    ...figures,
    competition: { ...figures.competition, severity: figures.competition.severity.map(name) },
    category: {
      ...figures.category,
      severity: figures.category.severity.map(name),
      decisiveJurors: figures.category.decisiveJurors.map(name),
    },
  };
}
