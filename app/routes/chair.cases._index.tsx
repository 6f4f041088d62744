import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { SelectField } from "#app/components/ui/select-field.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { CASE_STATUSES, type CaseStatus } from "#app/domain/case-status.ts";
import { listCategoryChoices, listCompetitionCases } from "#app/domain/cases.server.ts";
import { listCompetitions } from "#app/domain/competition-lookup.server.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { getLocale } from "#app/utils/locale.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("chairCases.title"));

function isCaseStatus(value: string | null): value is CaseStatus {
  return value !== null && (CASE_STATUSES as readonly string[]).includes(value);
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const locale = getLocale(request);
  const url = new URL(request.url);
  const competitions = listCompetitions(db);
  const competition =
    competitions.find((item) => item.id === Number(url.searchParams.get("competition"))) ?? competitions[0];
  if (!competition) return { competitions: [], competitionId: null, categories: [], filter: null, list: null };
  const categories = listCategoryChoices(db, competition.id);
  const categoryId = categories.find((item) => item.id === Number(url.searchParams.get("category")))?.id;
  const statusParam = url.searchParams.get("status");
  const status = isCaseStatus(statusParam) ? statusParam : undefined;
  const list = listCompetitionCases(db, { competitionId: competition.id, categoryId, status });
  return {
    competitions: competitions.map((item) => ({ id: item.id, name: item.name })),
    competitionId: competition.id,
    categories,
    filter: { categoryId: categoryId ?? null, status: status ?? null },
    list: {
      rows: list.rows.map((row) => ({
        ...row,
        submittedAt: row.submittedAt ? formatDateTime(row.submittedAt, locale) : null,
        updatedAt: undefined,
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
  const { competitions, competitionId, categories, filter, list } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  if (!competitionId || !list || !filter) {
    return (
      <Page title={t("chairCases.title")}>
        <p>{t("chairCases.noCompetition")}</p>
      </Page>
    );
  }
  const total = Object.values(list.statusCounts).reduce((sum: number, value) => sum + (value ?? 0), 0);
  return (
    <Page title={t("chairCases.title")}>
      <Form method="get" className="mb-6 flex flex-wrap items-end gap-4" aria-label={t("chairCases.filter")}>
        <SelectField
          id="filter-competition"
          name="competition"
          label={t("chairCases.competition")}
          defaultValue={competitionId}
          options={competitions.map((item) => ({ value: item.id, label: item.name }))}
        />
        <SelectField
          id="filter-category"
          name="category"
          label={t("chairCases.category")}
          defaultValue={filter.categoryId ?? ""}
          emptyOption={`${t("chairCases.all")} (${total})`}
          options={categories.map((item) => ({
            value: item.id,
            label: `${item.name} (${list.categoryCounts[item.id] ?? 0})`,
          }))}
        />
        <SelectField
          id="filter-status"
          name="status"
          label={t("chairCases.status")}
          defaultValue={filter.status ?? ""}
          emptyOption={`${t("chairCases.all")} (${total})`}
          options={CASE_STATUSES.map((status) => ({
            value: status,
            label: `${t(`case.status.${status}`)} (${list.statusCounts[status] ?? 0})`,
          }))}
        />
        <Button variant="secondary">{t("chairCases.filter")}</Button>
      </Form>
      <p className="mb-2 text-sm text-ink-muted" data-testid="case-count">
        {t("chairCases.count", { count: list.rows.length })}
      </p>
      {list.rows.length === 0 ? (
        <p>{t("chairCases.none")}</p>
      ) : (
        <table className="w-full text-left">
          <thead>
            <tr className="border-b">
              <th scope="col" className="py-2">
                {t("chairCases.caseTitle")}
              </th>
              <th scope="col">{t("chairCases.organisation")}</th>
              <th scope="col">{t("chairCases.category")}</th>
              <th scope="col">{t("chairCases.status")}</th>
              <th scope="col">{t("chairCases.submittedAt")}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.id} className="border-b">
                <td className="py-2">
                  <TextLink to={`/chair/cases/${row.id}`}>{row.title || t("case.list.untitled")}</TextLink>
                </td>
                <td>{row.organisationName}</td>
                <td>{row.categoryName}</td>
                <td>{t(`case.status.${row.status}`)}</td>
                <td>{row.submittedAt ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
