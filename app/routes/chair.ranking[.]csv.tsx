import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireCompetition } from "#app/domain/competition-lookup.server.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { rankingCsv } from "#app/utils/chair-exports.server.ts";
import { csvResponse } from "#app/utils/csv.ts";
import { db } from "#app/utils/db.server.ts";
import { answerRefusals, orRespond, parseId } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";

export function loader({ request }: LoaderFunctionArgs) {
  return answerRefusals(request, "text", async () => {
    await requireRole(request, "chair");
    const { t } = getTranslator(request);
    const competitionId = parseId(new URL(request.url).searchParams.get("competition") ?? undefined);
    const competition = orRespond(() => requireCompetition(db, competitionId));
    return csvResponse(rankingCsv(competition, t), `rangering-${competition.year}.csv`);
  });
}
