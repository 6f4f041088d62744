import { useSearchParams } from "@remix-run/react";
import type { SortDirection } from "#app/domain/paging.ts";
import { hrefWith } from "./list-links.ts";
import { TextLink } from "./text-link.tsx";

/** The address parameters one list sorts and pages by, e.g. `{ sort: "csort", dir: "cdir", page: "cpage" }`. */
export type ListParamNames = { sort: string; dir: string; page: string };

export const DEFAULT_LIST_PARAMS: ListParamNames = { sort: "sort", dir: "dir", page: "page" };

/**
 * A column header that sorts its list by a link: ascending first, the other way on a second click.
 * A new order starts again from page one; every other parameter stays.
 */
export function SortHeader({
  label,
  sortKey,
  sort,
  dir,
  params = DEFAULT_LIST_PARAMS,
  className = "",
}: {
  label: string;
  sortKey: string;
  sort: string;
  dir: SortDirection;
  params?: ListParamNames;
  className?: string;
}) {
  const [searchParams] = useSearchParams();
  const active = sort === sortKey;
  const next: SortDirection = active && dir === "asc" ? "desc" : "asc";
  const href = hrefWith(searchParams, { [params.sort]: sortKey, [params.dir]: next, [params.page]: null });
  return (
    <th
      scope="col"
      aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}
      className={`py-2 ${className}`.trim()}
    >
      <TextLink to={href} preventScrollReset>
        {label}
      </TextLink>
      {active ? <span aria-hidden="true">{dir === "asc" ? " ▲" : " ▼"}</span> : null}
    </th>
  );
}
