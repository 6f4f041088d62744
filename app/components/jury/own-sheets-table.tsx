import { SortHeader } from "#app/components/ui/sort-header.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import type { JurorSheetDirection, JurorSheetRow, JurorSheetSort } from "#app/domain/juror-sheets.ts";
import { JUDGING_STEPS } from "#app/domain/steps.ts";
import { formatScore } from "#app/i18n/format.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

/**
 * Every sheet of the juror in one table, sorted by the address (each header a link), so alike
 * cases can be compared side by side with no script.
 */
export function OwnSheetsTable({
  rows,
  order,
}: {
  rows: JurorSheetRow[];
  order: { sort: JurorSheetSort; direction: JurorSheetDirection };
}) {
  const { t, locale } = useTranslation();
  const header = (sortKey: JurorSheetSort, label: string, className = "") => (
    <SortHeader label={label} sortKey={sortKey} sort={order.sort} dir={order.direction} className={className} />
  );
  const score = (value: number | null) => (value === null ? "–" : formatScore(value, locale));
  return (
    <div className="mb-8 overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="own-sheets">
        <caption className="mb-2 text-left font-semibold">{t("ownSheets.caption", { count: rows.length })}</caption>
        <thead className="border-b">
          <tr>
            {header("case", t("ownSheets.col.case"))}
            {header("category", t("ownSheets.col.category"))}
            {JUDGING_STEPS.map((step) => (
              <SortHeader
                key={step.key}
                label={t(step.messages.name)}
                sortKey={step.key}
                sort={order.sort}
                dir={order.direction}
                className="text-right"
              />
            ))}
            {header("total", t("ownSheets.col.total"), "text-right")}
            {header("status", t("ownSheets.col.status"))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.caseId} className="border-b align-top" data-testid="own-sheet">
              <th scope="row" className="py-2 pr-3 font-normal">
                <TextLink to={`/jury/cases/${row.caseId}`}>{row.reference}</TextLink> {row.title}
                {row.organisation ? <span className="block text-ink-muted">{row.organisation}</span> : null}
              </th>
              <td className="pr-3">{row.category}</td>
              {JUDGING_STEPS.map((step) => (
                <td key={step.key} className="pr-3 text-right">
                  {score(row.scores[step.key])}
                </td>
              ))}
              <td className="pr-3 text-right font-semibold">{score(row.total)}</td>
              <td>{t(row.status === "final" ? "jury.status.final" : "jury.status.draft")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
