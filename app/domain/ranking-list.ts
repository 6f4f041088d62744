// How the chair can page, sort and filter a category's ranking. The sorting and filtering run in
// SQL (ranking.server.ts); these are the names the address and the page use for them.

export const RANKING_SORTS = ["rank", "score", "raw", "sheets", "spread", "title", "organisation"] as const;
export type RankingSort = (typeof RANKING_SORTS)[number];

export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** A column's first direction: best place, highest score, fewest sheets, widest spread, A to Ö. */
export const FIRST_DIRECTION: Record<RankingSort, SortDirection> = {
  rank: "asc",
  score: "desc",
  raw: "desc",
  sheets: "asc",
  spread: "desc",
  title: "asc",
  organisation: "asc",
};

/** A column's first direction, or the other way round when the list is already sorted by it. */
export function nextDirection(order: RankingOrder, sort: RankingSort): SortDirection {
  if (sort !== order.sort) return FIRST_DIRECTION[sort];
  return order.direction === "asc" ? "desc" : "asc";
}

/** Cases the chair should look at before publishing: short of sheets, jurors far apart, or either. */
export const RANKING_FLAG_FILTERS = ["too-few", "disagreement", "any"] as const;
export type RankingFlagFilter = (typeof RANKING_FLAG_FILTERS)[number];

export const RANKING_PAGE_SIZES = [25, 50, 100, 250] as const;
export const DEFAULT_RANKING_PAGE_SIZE = 25;

export type RankingFilter = { categoryId?: number; flag?: RankingFlagFilter; search?: string };
export type RankingOrder = { sort: RankingSort; direction: SortDirection };

/** The chair's view of one category's ranking, as its address gives it. */
export type RankingView = {
  sort: RankingSort;
  direction: SortDirection;
  flag: RankingFlagFilter | undefined;
  search: string | undefined;
  page: number;
  size: number;
};

/** The address of a view, leaving out what is the default so links stay short. */
export function rankingViewParams(view: RankingView): Record<string, string> {
  return {
    ...(view.sort === "rank" ? {} : { sort: view.sort }),
    ...(view.direction === FIRST_DIRECTION[view.sort] ? {} : { dir: view.direction }),
    ...(view.flag ? { flag: view.flag } : {}),
    ...(view.search ? { q: view.search } : {}),
    ...(view.page === 1 ? {} : { page: String(view.page) }),
    ...(view.size === DEFAULT_RANKING_PAGE_SIZE ? {} : { size: String(view.size) }),
  };
}
