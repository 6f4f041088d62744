import { caseReference } from "#app/domain/cases.server.ts";
import type { findCompetition } from "#app/domain/competition-lookup.server.ts";
import { getRanking, listScoreSheetsForExport } from "#app/domain/ranking.server.ts";
import { rankingRules } from "#app/domain/ranking.ts";
import { sheetTotal } from "#app/domain/scoring.ts";
import { JUDGING_STEPS, STEP_KEYS } from "#app/domain/steps.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import type { Locale } from "#app/domain/locales.ts";
import type { Translate } from "#app/i18n/messages.ts";
import { csvTable, type CsvColumn } from "./csv.ts";
import { rankingRulesText } from "./ranking-rules.server.ts";
import { db } from "./db.server.ts";

// The chair's two CSV exports. Each is one list of columns, header and cell side by side; the step
// columns come from the steps table, so a step is never missing from the header or the rows.

type Competition = NonNullable<ReturnType<typeof findCompetition>>;

/** The ranking of every round held, one line per case, as the ranking page shows it. */
export function rankingCsv(competition: Competition, t: Translate): string {
  const yesNo = (value: boolean) => (value ? t("csv.yes") : t("csv.no"));
  const rounds = competition.finalRoundOpenedAt ? (["main", "final"] as const) : (["main"] as const);
  const rows = rounds.flatMap((round) => getRanking(db, competition.id, round).map((row) => ({ ...row, round })));
  const columns: CsvColumn<(typeof rows)[number]>[] = [
    { header: t("csv.round"), cell: (row) => t(`ranking.round.${row.round}`) },
    { header: t("csv.category"), cell: (row) => row.categoryName },
    { header: t("csv.rank"), cell: (row) => row.rank },
    { header: t("csv.reference"), cell: (row) => caseReference(competition.year, row.caseId) },
    { header: t("csv.title"), cell: (row) => row.title },
    { header: t("csv.organisation"), cell: (row) => row.organisationName },
    { header: t("csv.score"), cell: (row) => row.score, decimal: true },
    { header: t("csv.method"), cell: () => t(`ranking.method.${competition.rankingMethod}`) },
    { header: t("csv.rawMean"), cell: (row) => row.rawMean, decimal: true },
    ...JUDGING_STEPS.map((step): CsvColumn<(typeof rows)[number]> => ({
      header: t("csv.stepMean", { step: step.number }),
      cell: (row) => row.stepMeans?.[step.key] ?? null,
      decimal: true,
    })),
    { header: t("csv.sheets"), cell: (row) => row.sheetCount },
    { header: t("csv.spread"), cell: (row) => row.spread, decimal: true },
    { header: t("csv.tooFew"), cell: (row) => yesNo(row.tooFewSheets) },
    { header: t("csv.disagreement"), cell: (row) => yesNo(row.highDisagreement) },
  ];
  // The rules the ranking followed, as the first line: the file says how its places came about.
  return csvTable(columns, rows, { comment: rankingRulesText(rankingRules(competition.rankingMethod), t).join(" ") });
}

/** Every juror's sheet with scores and comments, so a committee can justify its choice. */
export function scoreSheetsCsv(competition: Competition, t: Translate, locale: Locale): string {
  const rows = listScoreSheetsForExport(db, competition.id);
  type Row = (typeof rows)[number];
  const columns: CsvColumn<Row>[] = [
    { header: t("csv.round"), cell: (sheet) => t(`ranking.round.${sheet.round}`) },
    { header: t("csv.category"), cell: (sheet) => sheet.categoryName },
    { header: t("csv.reference"), cell: (sheet) => caseReference(competition.year, sheet.caseId) },
    { header: t("csv.title"), cell: (sheet) => sheet.caseTitle },
    { header: t("csv.organisation"), cell: (sheet) => sheet.organisationName },
    { header: t("csv.juror"), cell: (sheet) => sheet.jurorName },
    { header: t("csv.jurorEmail"), cell: (sheet) => sheet.jurorEmail },
    { header: t("csv.status"), cell: (sheet) => t(`jury.status.${sheet.status}`) },
    {
      header: t("csv.conflict"),
      cell: (sheet) => (sheet.conflictStatus === "declared" ? t("csv.yes") : t("csv.no")),
    },
    ...JUDGING_STEPS.map((step): CsvColumn<Row> => ({
      header: t("csv.stepScore", { step: step.number }),
      cell: (sheet) => sheet.scores[step.key],
      decimal: true,
    })),
    { header: t("csv.total"), cell: (sheet) => sheetTotal(sheet.scores, sheet.weights), decimal: true },
    ...JUDGING_STEPS.map((step): CsvColumn<Row> => ({
      header: t("csv.stepComment", { step: step.number }),
      cell: (sheet) => sheet.comments[step.key],
    })),
    { header: t("csv.overallComment"), cell: (sheet) => sheet.overallComment },
    { header: t("csv.weights"), cell: (sheet) => STEP_KEYS.map((key) => sheet.weights[key]).join("/") },
    {
      header: t("csv.finalisedAt"),
      cell: (sheet) => (sheet.finalisedAt ? formatDateTime(sheet.finalisedAt, locale) : null),
    },
  ];
  return csvTable(columns, rows);
}
