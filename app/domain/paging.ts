// Paging and sorting for the chair's long lists. Pure: the list readers in *.server.ts use it to
// turn a requested page into LIMIT/OFFSET, and the views to draw page links.

/** Rows per page on the chair's lists: a screenful to scan, small enough to render fast. */
export const LIST_PAGE_SIZE = 50;

export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** One page of a list, the way the reader asked for it: a sort key, a direction and a page number (1-based). */
export type ListQuery<Sort extends string> = { sort: Sort; dir: SortDirection; page: number };

export type PageInfo = { page: number; pageCount: number; total: number; pageSize: number };

/**
 * Where a requested page lies in `total` rows. A page past the end shows the last one and a page
 * before the first shows the first, so an old link after rows went away still shows rows.
 */
export function pageBounds(
  total: number,
  requestedPage: number,
  pageSize: number = LIST_PAGE_SIZE,
): PageInfo & { offset: number } {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const wanted = Number.isFinite(requestedPage) ? Math.trunc(requestedPage) : 1;
  const page = Math.min(Math.max(1, wanted), pageCount);
  return { page, pageCount, total, pageSize, offset: (page - 1) * pageSize };
}

/** One page of rows already in memory (a short list such as the jurors), with its bounds. */
export function pageOf<T>(rows: readonly T[], requestedPage: number, pageSize: number = LIST_PAGE_SIZE) {
  const { offset, ...page } = pageBounds(rows.length, requestedPage, pageSize);
  return { rows: rows.slice(offset, offset + pageSize), page };
}

/**
 * Sorts by `key` in `dir`. The sort is stable: rows with equal keys keep the order they came in,
 * so a caller that passes rows in a fixed order gets one fixed order, and paging never shows a row
 * twice or skips one. Returns a new array.
 */
export function sortRows<T>(rows: readonly T[], key: (row: T) => string | number, dir: SortDirection): T[] {
  const sign = dir === "asc" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: key(row) }))
    .sort((a, b) => sign * compareValues(a.key, b.key) || a.index - b.index)
    .map((item) => item.row);
}

// Names sort the Norwegian way (æ, ø, å last), whatever the language shown.
const collator = new Intl.Collator("nb");

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return collator.compare(String(a), String(b));
}

/** The pages to link: the first, the last, and two either side of the current one. */
export function pageWindow(page: number, pageCount: number): (number | "gap")[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])]
    .filter((item) => item >= 1 && item <= pageCount)
    .sort((a, b) => a - b);
  return shown.flatMap((item, index) => (index > 0 && item - shown[index - 1]! > 1 ? ["gap" as const, item] : [item]));
}
