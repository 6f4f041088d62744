import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { controlClass } from "#app/components/ui/field-shell.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { RANKING_FLAG_FILTERS, RANKING_PAGE_SIZES, type RankingFlagFilter } from "#app/domain/ranking-list.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

/**
 * Search and flag filter for a category's ranking, sent with GET so it works without script; the
 * place in the competition, round, category and sort ride along as hidden fields.
 */
export function RankingFilters({
  keep,
  search,
  flag,
  size,
  flagCounts,
  clearHref,
}: {
  /** Address parameters the filter leaves as they are. */
  keep: Record<string, string>;
  search: string | undefined;
  flag: RankingFlagFilter | undefined;
  size: number;
  flagCounts: Record<RankingFlagFilter, number>;
  clearHref: string;
}) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="mb-4 flex flex-wrap items-end gap-4" data-testid="ranking-filters">
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t("ranking.search")}</span>
        <input type="search" name="q" defaultValue={search ?? ""} maxLength={200} className={controlClass()} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t("ranking.flagFilter")}</span>
        <select name="flag" defaultValue={flag ?? ""} className={controlClass()}>
          <option value="">{t("ranking.flagFilter.all")}</option>
          {RANKING_FLAG_FILTERS.map((item) => (
            <option key={item} value={item}>
              {t(`ranking.flagFilter.${item}`, { count: flagCounts[item] })}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t("ranking.pageSize")}</span>
        <select name="size" defaultValue={size} className={controlClass()}>
          {RANKING_PAGE_SIZES.map((item) => (
            <option key={item} value={item}>
              {item}
            </option>
          ))}
        </select>
      </label>
      <Button variant="secondary">{t("ranking.filterSubmit")}</Button>
      {search || flag ? <TextLink to={clearHref}>{t("ranking.filterClear")}</TextLink> : null}
    </Form>
  );
}
