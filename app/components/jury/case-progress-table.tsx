import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { controlClass, FieldShell } from "#app/components/ui/field-shell.tsx";
import { KeepParams } from "#app/components/ui/keep-params.tsx";
import { PageRange, Pagination } from "#app/components/ui/pagination.tsx";
import { SelectField } from "#app/components/ui/select-field.tsx";
import { SortHeader } from "#app/components/ui/sort-header.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { ConflictCount } from "#app/components/conflicts/conflict-count.tsx";
import type { CaseProgressFilter, CaseProgressSort } from "#app/domain/list-sorts.ts";
import type { PageInfo, SortDirection } from "#app/domain/paging.ts";
import type { MessageKey } from "#app/i18n/messages.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

export type CaseProgress = {
  caseId: number;
  reference: string;
  title: string;
  assigned: number;
  final: number;
  conflicts: number;
  flagged: number;
};

const FILTER_LABELS: Record<CaseProgressFilter, MessageKey> = {
  short: "jury.admin.needsJurors",
  enough: "jury.admin.enough",
};

const PARAMS = { sort: "csort", dir: "cdir", page: "cpage" };

/** The cases' filter and search: a GET form that keeps the page's other lists as they are. */
export function CaseProgressFilterForm({ filter, search }: { filter: CaseProgressFilter | null; search: string }) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="mb-4 flex flex-wrap items-end gap-4" aria-label={t("lists.filterCases")}>
      <KeepParams except={["cstatus", "q", "cpage", "outcome", "count", "failed"]} />
      <SelectField
        id="filter-case-status"
        name="cstatus"
        label={t("lists.caseFilter")}
        defaultValue={filter ?? ""}
        emptyOption={t("lists.all")}
        options={(["short", "enough"] as const).map((item) => ({ value: item, label: t(FILTER_LABELS[item]) }))}
      />
      <FieldShell id="filter-case-search" errorId="filter-case-search-error" label={t("lists.search")}>
        {(describedBy) => (
          <input
            id="filter-case-search"
            name="q"
            type="search"
            maxLength={100}
            placeholder={t("lists.searchHint")}
            defaultValue={search}
            aria-describedby={describedBy}
            className={`${controlClass()} w-72`}
          />
        )}
      </FieldShell>
      <Button variant="secondary">{t("lists.show")}</Button>
    </Form>
  );
}

/** A page of submitted cases with their jurors and final sheets, marking the cases with too few jurors. */
export function CaseProgressTable({
  cases,
  sort,
  dir,
  minScoreSheets,
}: {
  cases: { rows: CaseProgress[]; page: PageInfo };
  sort: CaseProgressSort;
  dir: SortDirection;
  minScoreSheets: number;
}) {
  const { t } = useTranslation();
  if (cases.rows.length === 0) return <p>{cases.page.total === 0 ? t("jury.admin.noCases") : t("lists.noneMatch")}</p>;
  const header = (key: CaseProgressSort, label: MessageKey) => (
    <SortHeader label={t(label)} sortKey={key} sort={sort} dir={dir} params={PARAMS} />
  );
  return (
    <>
      <PageRange page={cases.page} />
      <table className="w-full text-left">
        <thead>
          <tr className="border-b">
            {header("reference", "lists.reference")}
            {header("title", "jury.admin.case")}
            {header("assigned", "jury.admin.assignedCount")}
            {header("final", "jury.admin.sheets")}
            {header("conflicts", "jury.admin.conflicts")}
            <th scope="col">{t("jury.admin.status")}</th>
          </tr>
        </thead>
        <tbody>
          {cases.rows.map((item) => {
            const short = item.assigned < minScoreSheets;
            return (
              <tr key={item.caseId} className="border-b" data-testid="case-progress">
                <th scope="row" className="whitespace-nowrap py-2 font-medium">
                  <TextLink to={`/chair/cases/${item.caseId}`}>{item.reference}</TextLink>
                </th>
                <td>{item.title || t("case.list.untitled")}</td>
                <td>{item.assigned}</td>
                <td>
                  {item.final} / {minScoreSheets}
                </td>
                <td>
                  <ConflictCount declared={item.conflicts} flagged={item.flagged} />
                </td>
                <td className={short ? "font-semibold text-red-800" : ""}>
                  {short ? t("jury.admin.needsJurors") : t("jury.admin.enough")}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Pagination page={cases.page} param={PARAMS.page} label={t("lists.casePages")} />
    </>
  );
}
