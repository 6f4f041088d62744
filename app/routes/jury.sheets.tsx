import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { OwnSheetsTable } from "#app/components/jury/own-sheets-table.tsx";
import { TotalsDistributionChart } from "#app/components/jury/totals-distribution.tsx";
import { Page } from "#app/components/page.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { jurorSheetsOverview } from "#app/domain/juror-sheets.server.ts";
import { parseOwnSheetsOrder } from "#app/forms/juror-sheets-search.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { optionalId, orRespond } from "#app/utils/http.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("ownSheets.title"));

/**
 * The juror's own sheets side by side and their totals against the jury's, before they finalise
 * (issue 16). Only the juror's own sheets; of the others only counts of final totals.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "juror");
  const url = new URL(request.url);
  const order = parseOwnSheetsOrder(url.searchParams);
  const overview = orRespond(() =>
    jurorSheetsOverview(db, user.id, optionalId(url.searchParams.get("competition")), order),
  );
  return { order, overview };
}

export default function JurorOwnSheets() {
  const { order, overview } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  if (!overview) {
    return (
      <Page title={t("ownSheets.title")}>
        <p>{t("ownSheets.noCases")}</p>
      </Page>
    );
  }
  const others = overview.competitions.filter((item) => item.id !== overview.competition.id);
  return (
    <Page title={t("ownSheets.title")}>
      <p className="mb-4">{t("ownSheets.intro", { competition: overview.competition.name })}</p>
      {others.length ? (
        <p className="mb-4 flex flex-wrap gap-3">
          {t("ownSheets.otherCompetitions")}
          {others.map((item) => (
            <TextLink key={item.id} to={`/jury/sheets?competition=${item.id}`}>
              {item.name}
            </TextLink>
          ))}
        </p>
      ) : null}
      {overview.competition.blind ? <p className="mb-4 text-sm">{t("ownSheets.blind")}</p> : null}
      {overview.sheets.length === 0 ? (
        <p className="mb-8">{t("ownSheets.none")}</p>
      ) : (
        <OwnSheetsTable rows={overview.sheets} order={order} />
      )}
      <TotalsDistributionChart distribution={overview.distribution} />
      <p>
        <TextLink to="/jury">{t("jury.title")}</TextLink>
      </p>
    </Page>
  );
}
