import { inArray } from "drizzle-orm";
import type { AppDatabase, DbOrTransaction } from "#db/client.ts";
import { cases, users } from "#db/schema.ts";
import { competingTitle } from "./case-versions.server.ts";
import { caseReference } from "./cases.server.ts";
import { requireCompetition } from "./competition-lookup.server.ts";
import type { ScoringRound } from "./jury-states.ts";
import type { PublicationSnapshot } from "./publication.ts";
import { currentPublishedSnapshot } from "./publication-versions.server.ts";
import { snapshotConfidence, type SnapshotConfidence } from "./published-confidence.ts";
import { rankingInputs } from "./ranking.server.ts";
import { readWhileUnchanged } from "./read-cache.server.ts";
import {
  agreement,
  categoryConfidence,
  DEFAULT_FINALISTS,
  jurorSeverity,
  type ConfidenceFigures,
  type JurorSeverity,
} from "./verdict-confidence.ts";

/**
 * The figures behind "how sure is the ranking?" for one category of a round, and the agreement and
 * severity over the whole round: one read of the round's final sheets (the ranking's own read), then
 * the pure module. Kept until the next write, like the ranking page beside it: at 2,000 cases one
 * category's leave-one-juror-out costs tens of milliseconds under the mean and several hundred under
 * normalisation (npm run bench), which a chair paging through the ranking should pay once.
 */
/**
 * The minimum of sheets the figures apply. In a final round the finalists are fixed and every one
 * competes, short of sheets or not (the chair recorded why when publishing past it): the minimum
 * picks no one there.
 */
const eligibleFrom = (round: ScoringRound, minSheets: number) => (round === "final" ? 1 : minSheets);

function computeConfidence(db: AppDatabase, competitionId: number, round: ScoringRound, categoryId: number) {
  const competition = requireCompetition(db, competitionId);
  const inputs = rankingInputs(db, competition, round);
  const options = {
    ...inputs.options,
    minSheets: eligibleFrom(round, inputs.options.minSheets),
    method: competition.rankingMethod,
  };
  // The finalists' count as published, else the usual three: the cut the stability check guards.
  const finalists =
    currentPublishedSnapshot(db, competitionId, "finalists")?.snapshot.finalistCount ?? DEFAULT_FINALISTS;
  const ranked = new Set(inputs.cases.map((item) => item.caseId));
  const roundSheets = inputs.sheets.filter((sheet) => ranked.has(sheet.caseId));
  const categoryCases = inputs.cases.filter((item) => item.categoryId === categoryId);
  const inCategory = new Set(categoryCases.map((item) => item.caseId));
  const categorySheets = roundSheets.filter((sheet) => inCategory.has(sheet.caseId));
  const detail = categoryConfidence({ cases: categoryCases, sheets: inputs.sheets, options, finalists }, categoryId);
  return {
    method: competition.rankingMethod,
    year: competition.year,
    minSheets: competition.minScoreSheets,
    scale: inputs.options.scale,
    competition: { agreement: agreement(roundSheets), severity: jurorSeverity(roundSheets, options.scale) },
    category: {
      ...detail,
      agreement: agreement(categorySheets),
      severity: jurorSeverity(categorySheets, options.scale),
    },
  };
}

/** Jurors' names by id, for the chair's eyes only. */
export function jurorNames(db: DbOrTransaction, jurorIds: readonly string[]): Map<string, string> {
  return new Map(
    jurorIds.length
      ? db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(inArray(users.id, [...jurorIds]))
          .all()
          .map((row) => [row.id, row.name])
      : [],
  );
}

/**
 * The chair's view of the figures: jurors by name (the chair alone sees them), cases by reference
 * and title, and per-case intervals and best/worst places for `shownCaseIds` only (the ranking
 * page's current page, so every case is reachable by paging and the page stays small).
 */
export function rankingConfidence(
  db: AppDatabase,
  competitionId: number,
  round: ScoringRound,
  categoryId: number,
  shownCaseIds: readonly number[],
) {
  const key = `ranking:confidence:${competitionId}:${round}:${categoryId}`;
  const figures = readWhileUnchanged(db, key, () => computeConfidence(db, competitionId, round, categoryId));
  const { category } = figures;
  const shown = new Set(shownCaseIds);
  const mentioned = new Set([
    ...shownCaseIds,
    ...category.winnerIds,
    ...category.margins.flatMap((margin) => [margin.upperCaseId, margin.lowerCaseId]),
    ...category.decisiveJurors.flatMap((juror) => juror.winnerIds),
    ...category.weightShifts.flatMap((shift) => shift.winnerIds),
  ]);
  const titles = new Map(
    mentioned.size
      ? db
          .select({ id: cases.id, title: competingTitle })
          .from(cases)
          .where(inArray(cases.id, [...mentioned]))
          .all()
          .map((row) => [row.id, row.title])
      : [],
  );
  const jurorIds = [
    ...new Set([
      ...figures.competition.severity.map((entry) => entry.jurorId),
      ...category.decisiveJurors.map((entry) => entry.jurorId),
    ]),
  ];
  const names = jurorNames(db, jurorIds);
  const named = (entries: readonly JurorSeverity[]) =>
    entries.map((entry) => ({ ...entry, name: names.get(entry.jurorId) ?? entry.jurorId }));
  return {
    method: figures.method,
    minSheets: figures.minSheets,
    scale: figures.scale,
    cases: Object.fromEntries(
      [...mentioned].map((caseId) => [
        caseId,
        { reference: caseReference(figures.year, caseId), title: titles.get(caseId) ?? "" },
      ]),
    ),
    competition: { agreement: figures.competition.agreement, severity: named(figures.competition.severity) },
    category: {
      ...category,
      severity: named(category.severity),
      decisiveJurors: category.decisiveJurors.map((entry) => ({
        ...entry,
        name: names.get(entry.jurorId) ?? entry.jurorId,
      })),
      intervals: category.intervals.filter((entry) => shown.has(entry.caseId)),
      stability: category.stability.filter((entry) => shown.has(entry.caseId)),
    },
  } satisfies ConfidenceFigures;
}

export type RankingConfidence = ReturnType<typeof rankingConfidence>;

/**
 * The figures a publication freezes with its snapshot (ADR 0029): from the final sheets of the round
 * that decided the stage (the final round's when the winners were judged in one), over the cases the
 * snapshot ranks and has not withdrawn, with the snapshot's own count of finalists. Computed once
 * when a stage is prepared or corrected, never on a page load; null for a snapshot with no case.
 */
export function publicationConfidence(db: DbOrTransaction, snapshot: PublicationSnapshot): SnapshotConfidence | null {
  const competition = requireCompetition(db, snapshot.competitionId);
  const round: ScoringRound =
    snapshot.stage === "winners" && snapshot.categories.some((category) => category.finalRanking !== null)
      ? "final"
      : "main";
  const ranked = new Set(
    snapshot.categories.flatMap((category) =>
      (round === "final" ? (category.finalRanking ?? []) : category.ranking)
        .filter((entry) => !entry.withdrawn)
        .map((entry) => entry.caseId),
    ),
  );
  const inputs = rankingInputs(db, competition, round);
  const cases = inputs.cases.filter((item) => ranked.has(item.caseId));
  if (cases.length === 0) return null;
  const minSheets = eligibleFrom(round, inputs.options.minSheets);
  return snapshotConfidence(
    {
      cases,
      sheets: inputs.sheets,
      options: { ...inputs.options, minSheets, method: snapshot.method },
      finalists: snapshot.finalistCount,
    },
    round,
    new Map(snapshot.categories.map((category) => [category.categoryId, category.finalistIds])),
  );
}
