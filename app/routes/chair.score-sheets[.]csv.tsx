import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireCompetition } from "#app/domain/competition-lookup.server.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { scoreSheetsCsv } from "#app/utils/chair-exports.server.ts";
import { csvResponse } from "#app/utils/csv.ts";
import { db } from "#app/utils/db.server.ts";
import { answerRefusals, orRespond, parseId } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";

/** Every juror's sheet with scores and comments, so a committee can justify its choice. */
export function loader({ request }: LoaderFunctionArgs) {
  return answerRefusals(request, "text", async () => {
    await requireRole(request, "chair");
    const { t, locale } = getTranslator(request);
    const competitionId = parseId(new URL(request.url).searchParams.get("competition") ?? undefined);
    const competition = orRespond(() => requireCompetition(db, competitionId));
    return csvResponse(scoreSheetsCsv(competition, t, locale), `vurderingsskjemaer-${competition.year}.csv`);
  });
}
