import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ChairCaseList } from "#app/components/case/chair-case-list.tsx";
import { Page } from "#app/components/page.tsx";
import type { CaseStatus } from "#app/domain/case-status.ts";
import { listCategoryChoices, listCompetitionCases } from "#app/domain/cases.server.ts";
import { listCompetitions } from "#app/domain/competition-lookup.server.ts";
import { parseCaseListParams } from "#app/forms/list-params.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { getLocale } from "#app/utils/locale.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("chairCases.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const locale = getLocale(request);
  const params = parseCaseListParams(new URL(request.url).searchParams);
  const competitions = listCompetitions(db);
  const competition = competitions.find((item) => item.id === params.competition) ?? competitions[0];
  if (!competition) return { list: null };
  const categories = listCategoryChoices(db, competition.id);
  // A category of another competition is no filter at all, as if none was chosen.
  const categoryId = categories.find((item) => item.id === params.category)?.id;
  const list = listCompetitionCases(db, {
    competitionId: competition.id,
    categoryId,
    status: params.status,
    search: params.q,
    sort: params.sort,
    dir: params.dir,
    page: params.page,
  });
  return {
    list: {
      competitions: competitions.map((item) => ({ id: item.id, name: item.name })),
      competitionId: competition.id,
      categories,
      filter: { categoryId: categoryId ?? null, status: params.status ?? null, search: params.q ?? "" },
      sort: params.sort,
      dir: params.dir,
      page: list.page,
      rows: list.rows.map((row) => ({
        ...row,
        submittedAt: row.submittedAt ? formatDateTime(row.submittedAt, locale) : null,
      })),
      statusCounts: Object.fromEntries(list.statusCounts.map((item) => [item.status, item.total])) as Partial<
        Record<CaseStatus, number>
      >,
      categoryCounts: Object.fromEntries(list.categoryCounts.map((item) => [item.categoryId, item.total])) as Record<
        number,
        number
      >,
    },
  };
}

export default function ChairCases() {
  const { list } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <Page title={t("chairCases.title")} wide>
      {list ? <ChairCaseList {...list} /> : <p>{t("chairCases.noCompetition")}</p>}
    </Page>
  );
}
