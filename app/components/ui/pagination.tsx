import { useSearchParams } from "@remix-run/react";
import type { PageInfo } from "#app/domain/paging.ts";
import { pageWindow } from "#app/domain/paging.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { hrefWith } from "./list-links.ts";
import { TextLink } from "./text-link.tsx";

/** "Showing 51–100 of 2 000" for a list page. */
export function PageRange({ page }: { page: PageInfo }) {
  const { t } = useTranslation();
  if (page.total === 0) return null;
  const from = (page.page - 1) * page.pageSize + 1;
  return (
    <p className="mb-2 text-sm text-ink-muted">
      {t("lists.range", { from, to: Math.min(page.total, from + page.pageSize - 1), total: page.total })}
    </p>
  );
}

/**
 * Previous, next and numbered page links that keep every other parameter in the address, so every
 * row can be reached, with or without JavaScript. `param` names the page parameter, so two lists
 * can page on one page.
 */
export function Pagination({
  page,
  param = "page",
  label,
}: {
  page: Pick<PageInfo, "page" | "pageCount">;
  param?: string;
  label: string;
}) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  if (page.pageCount <= 1) return null;
  const hrefFor = (target: number) => hrefWith(searchParams, { [param]: target > 1 ? String(target) : null });
  return (
    <nav aria-label={label} className="mt-4">
      <ul className="flex flex-wrap items-center gap-3">
        {page.page > 1 ? (
          <li>
            <TextLink to={hrefFor(page.page - 1)} rel="prev" preventScrollReset>
              {t("lists.previous")}
            </TextLink>
          </li>
        ) : null}
        {pageWindow(page.page, page.pageCount).map((item, index) =>
          item === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item}>
              {item === page.page ? (
                <span aria-current="page" className="font-semibold">
                  {item}
                </span>
              ) : (
                <TextLink to={hrefFor(item)} aria-label={t("lists.page", { page: item })} preventScrollReset>
                  {item}
                </TextLink>
              )}
            </li>
          ),
        )}
        {page.page < page.pageCount ? (
          <li>
            <TextLink to={hrefFor(page.page + 1)} rel="next" preventScrollReset>
              {t("lists.next")}
            </TextLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
