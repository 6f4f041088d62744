import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportPersonalData } from "#app/domain/personal-data.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { answerRefusals, orRespond } from "#app/utils/http.server.ts";

// GDPR articles 15 and 20: the signed-in user's own data, as a file to keep; never cached on the way.
export function loader({ request }: LoaderFunctionArgs) {
  return answerRefusals(request, "json", () => personalDataFile(request));
}

async function personalDataFile(request: Request) {
  const user = await requireUser(request);
  const now = new Date();
  const personalData = orRespond(() => exportPersonalData(db, user.id, now));
  return new Response(JSON.stringify(personalData, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="kundeservice-awards-mine-data-${now.toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
