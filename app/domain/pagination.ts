/**
 * One page of a list counted in SQL: which rows to fetch (LIMIT/OFFSET) and how many pages there
 * are. A page past the end shows the last page and a page below 1 the first, so a stale or edited
 * link still lands on rows instead of an empty list; an empty list has one, empty, page.
 */
export type PageSlice = { page: number; pageCount: number; pageSize: number; total: number; offset: number };

export function pageSlice(requestedPage: number, pageSize: number, total: number): PageSlice {
  if (!Number.isSafeInteger(pageSize) || pageSize < 1) throw new RangeError(`page size ${pageSize}`);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(pageCount, Math.max(1, Number.isSafeInteger(requestedPage) ? requestedPage : 1));
  return { page, pageCount, pageSize, total, offset: (page - 1) * pageSize };
}
