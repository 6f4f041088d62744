import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { controlClass, FieldShell } from "#app/components/ui/field-shell.tsx";
import { PageRange, Pagination } from "#app/components/ui/pagination.tsx";
import { SelectField } from "#app/components/ui/select-field.tsx";
import { SortHeader } from "#app/components/ui/sort-header.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { CASE_STATUSES, type CaseStatus } from "#app/domain/case-status.ts";
import type { CaseListSort } from "#app/domain/list-sorts.ts";
import type { PageInfo, SortDirection } from "#app/domain/paging.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

export type ChairCaseListProps = {
  competitions: { id: number; name: string }[];
  competitionId: number;
  categories: { id: number; name: string }[];
  filter: { categoryId: number | null; status: CaseStatus | null; search: string };
  sort: CaseListSort;
  dir: SortDirection;
  page: PageInfo;
  rows: {
    id: number;
    reference: string;
    title: string;
    status: CaseStatus;
    /** Submitted, with a working copy the company has not sent in: its submitted version competes. */
    isReopened: boolean;
    submittedAt: string | null;
    categoryName: string;
    organisationName: string;
  }[];
  statusCounts: Partial<Record<CaseStatus, number>>;
  categoryCounts: Record<number, number>;
};

/** The chair's cases a page at a time: filters and search in a GET form, sortable columns, page links. */
export function ChairCaseList(props: ChairCaseListProps) {
  const { competitions, competitionId, categories, filter, sort, dir, page, rows, statusCounts, categoryCounts } =
    props;
  const { t } = useTranslation();
  const total = Object.values(statusCounts).reduce((sum: number, value) => sum + (value ?? 0), 0);
  const header = (key: CaseListSort, label: string) => <SortHeader label={label} sortKey={key} sort={sort} dir={dir} />;
  return (
    <>
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
            label: `${item.name} (${categoryCounts[item.id] ?? 0})`,
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
            label: `${t(`case.status.${status}`)} (${statusCounts[status] ?? 0})`,
          }))}
        />
        <FieldShell id="filter-search" errorId="filter-search-error" label={t("lists.search")}>
          {(describedBy) => (
            <input
              id="filter-search"
              name="q"
              type="search"
              maxLength={100}
              placeholder={t("lists.searchHint")}
              defaultValue={filter.search}
              aria-describedby={describedBy}
              className={`${controlClass()} w-72`}
            />
          )}
        </FieldShell>
        <input type="hidden" name="sort" value={sort} />
        <input type="hidden" name="dir" value={dir} />
        <Button variant="secondary">{t("chairCases.filter")}</Button>
      </Form>
      <p className="mb-2 text-sm text-ink-muted" data-testid="case-count">
        {t("chairCases.count", { count: page.total })}
      </p>
      {rows.length === 0 ? (
        <p>{t("chairCases.none")}</p>
      ) : (
        <>
          <PageRange page={page} />
          <table className="w-full text-left">
            <thead>
              <tr className="border-b">
                {header("reference", t("lists.reference"))}
                {header("title", t("chairCases.caseTitle"))}
                {header("organisation", t("chairCases.organisation"))}
                {header("category", t("chairCases.category"))}
                {header("status", t("chairCases.status"))}
                {header("submittedAt", t("chairCases.submittedAt"))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b" data-testid="case-row">
                  <td className="py-2 whitespace-nowrap">{row.reference}</td>
                  <td>
                    <TextLink to={`/chair/cases/${row.id}`}>{row.title || t("case.list.untitled")}</TextLink>
                  </td>
                  <td>{row.organisationName}</td>
                  <td>{row.categoryName}</td>
                  <td>
                    {t(`case.status.${row.status}`)}
                    {row.isReopened ? (
                      <span className="block text-sm text-ink-muted">{t("caseVersions.chairReopened")}</span>
                    ) : null}
                  </td>
                  <td>{row.submittedAt ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination page={page} label={t("lists.casePages")} />
        </>
      )}
    </>
  );
}
