import type { LoaderFunctionArgs } from "@remix-run/node";
import { caseReference } from "#app/domain/cases.server.ts";
import { findCompetition } from "#app/domain/competitions.server.ts";
import { listScoreSheetsForExport } from "#app/domain/ranking.server.ts";
import { sheetTotal } from "#app/domain/scoring.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { csvResponse, toCsv } from "#app/utils/csv.ts";
import { db } from "#app/utils/db.server.ts";
import { notFoundResponse, parseId } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";

/** Every juror's sheet with scores and comments, so a committee can justify its choice. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const { t, locale } = getTranslator(request);
  const competition = findCompetition(db, parseId(new URL(request.url).searchParams.get("competition") ?? undefined));
  if (!competition) throw notFoundResponse();
  const rows = listScoreSheetsForExport(db, competition.id).map((sheet) => {
    const weights = {
      promise: sheet.weightPromise,
      anchoring: sheet.weightAnchoring,
      realisation: sheet.weightRealisation,
    };
    const scores = {
      promise: sheet.scorePromise,
      anchoring: sheet.scoreAnchoring,
      realisation: sheet.scoreRealisation,
    };
    return [
      t(`ranking.round.${sheet.round}`),
      sheet.categoryName,
      caseReference(competition.year, sheet.caseId),
      sheet.caseTitle,
      sheet.organisationName,
      sheet.jurorName,
      sheet.jurorEmail,
      t(`jury.status.${sheet.status}`),
      sheet.conflictStatus === "declared" ? t("csv.yes") : t("csv.no"),
      sheet.scorePromise,
      sheet.scoreAnchoring,
      sheet.scoreRealisation,
      sheetTotal(scores, weights),
      sheet.commentPromise,
      sheet.commentAnchoring,
      sheet.commentRealisation,
      sheet.overallComment,
      `${weights.promise}/${weights.anchoring}/${weights.realisation}`,
      sheet.finalisedAt ? formatDateTime(sheet.finalisedAt, locale) : null,
    ];
  });
  const header = [
    t("csv.round"),
    t("csv.category"),
    t("csv.reference"),
    t("csv.title"),
    t("csv.organisation"),
    t("csv.juror"),
    t("csv.jurorEmail"),
    t("csv.status"),
    t("csv.conflict"),
    t("csv.scorePromise"),
    t("csv.scoreAnchoring"),
    t("csv.scoreRealisation"),
    t("csv.total"),
    t("csv.commentPromise"),
    t("csv.commentAnchoring"),
    t("csv.commentRealisation"),
    t("csv.overallComment"),
    t("csv.weights"),
    t("csv.finalisedAt"),
  ];
  return csvResponse(toCsv([header, ...rows]), `vurderingsskjemaer-${competition.year}.csv`);
}
