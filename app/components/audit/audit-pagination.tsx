import { TextLink } from "#app/components/ui/text-link.tsx";
import { useTranslation } from "#app/i18n/use-translation.ts";

/** The pages to link: the first, the last, and two either side of the current one. */
export function pageWindow(page: number, pageCount: number): (number | "gap")[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])]
    .filter((item) => item >= 1 && item <= pageCount)
    .sort((a, b) => a - b);
  return shown.flatMap((item, index) => (index > 0 && item - shown[index - 1]! > 1 ? ["gap" as const, item] : [item]));
}

/** Previous, next and numbered page links that keep the filters, so every entry can be reached. */
export function AuditPagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("audit.pages")} className="mt-4">
      <ul className="flex flex-wrap items-center gap-3">
        {page > 1 ? (
          <li>
            <TextLink to={hrefFor(page - 1)} rel="prev">
              {t("audit.previous")}
            </TextLink>
          </li>
        ) : null}
        {pageWindow(page, pageCount).map((item, index) =>
          item === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item}>
              {item === page ? (
                <span aria-current="page" className="font-semibold">
                  {item}
                </span>
              ) : (
                <TextLink to={hrefFor(item)} aria-label={t("audit.page", { page: item })}>
                  {item}
                </TextLink>
              )}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <TextLink to={hrefFor(page + 1)} rel="next">
              {t("audit.next")}
            </TextLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
