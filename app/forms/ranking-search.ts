import { z } from "zod";
import {
  DEFAULT_RANKING_PAGE_SIZE,
  FIRST_DIRECTION,
  RANKING_FLAG_FILTERS,
  RANKING_PAGE_SIZES,
  RANKING_SORTS,
  SORT_DIRECTIONS,
  type RankingView,
} from "#app/domain/ranking-list.ts";

// The ranking page's view comes in the address (GET), so it works without script and a link to a
// filtered page can be shared. A value that makes no sense falls back to the default, like an
// empty field, rather than being refused: the chair still gets the ranking.
const fallback = <T extends z.ZodTypeAny>(schema: T, value: z.infer<T>) =>
  z.preprocess((input) => input || undefined, schema.default(value)).catch(value);

const rankingViewSchema = z.object({
  sort: fallback(z.enum(RANKING_SORTS), "rank"),
  direction: fallback(z.enum(SORT_DIRECTIONS).optional(), undefined),
  flag: fallback(z.enum(RANKING_FLAG_FILTERS).optional(), undefined),
  search: fallback(z.string().trim().max(200).optional(), undefined),
  page: fallback(z.coerce.number().int().positive().max(1_000_000), 1),
  size: fallback(
    z.coerce.number().refine((size) => RANKING_PAGE_SIZES.some((allowed) => allowed === size)),
    DEFAULT_RANKING_PAGE_SIZE,
  ),
});

export function parseRankingView(params: URLSearchParams): RankingView {
  const view = rankingViewSchema.parse({
    sort: params.get("sort"),
    direction: params.get("dir"),
    flag: params.get("flag"),
    search: params.get("q"),
    page: params.get("page"),
    size: params.get("size"),
  });
  return { ...view, search: view.search || undefined, direction: view.direction ?? FIRST_DIRECTION[view.sort] };
}
