import type { LoaderFunctionArgs } from "@remix-run/node";
import { caseReference } from "#app/domain/cases.server.ts";
import { findCompetition } from "#app/domain/competitions.server.ts";
import { getRanking } from "#app/domain/ranking.server.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { csvResponse, toCsv } from "#app/utils/csv.ts";
import { db } from "#app/utils/db.server.ts";
import { notFoundResponse, parseId } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const { t } = getTranslator(request);
  const competition = findCompetition(db, parseId(new URL(request.url).searchParams.get("competition") ?? undefined));
  if (!competition) throw notFoundResponse();
  const yesNo = (value: boolean) => (value ? t("csv.yes") : t("csv.no"));
  const method = t(`ranking.method.${competition.rankingMethod}`);
  const rounds = competition.finalRoundOpenedAt ? (["main", "final"] as const) : (["main"] as const);
  const rows = rounds
    .flatMap((round) => getRanking(db, competition.id, round).map((row) => ({ ...row, round })))
    .map((row) => [
      t(`ranking.round.${row.round}`),
      row.categoryName,
      row.rank,
      caseReference(competition.year, row.caseId),
      row.title,
      row.organisationName,
      row.score,
      method,
      row.rawMean,
      row.meanPromise,
      row.meanAnchoring,
      row.meanRealisation,
      row.sheetCount,
      row.spread,
      yesNo(row.tooFewSheets),
      yesNo(row.highDisagreement),
    ]);
  const header = [
    t("csv.round"),
    t("csv.category"),
    t("csv.rank"),
    t("csv.reference"),
    t("csv.title"),
    t("csv.organisation"),
    t("csv.score"),
    t("csv.method"),
    t("csv.rawMean"),
    t("csv.meanPromise"),
    t("csv.meanAnchoring"),
    t("csv.meanRealisation"),
    t("csv.sheets"),
    t("csv.spread"),
    t("csv.tooFew"),
    t("csv.disagreement"),
  ];
  return csvResponse(toCsv([header, ...rows]), `rangering-${competition.year}.csv`);
}
