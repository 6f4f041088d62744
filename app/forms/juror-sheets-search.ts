import { z } from "zod";
import { JUROR_SHEET_SORTS, type JurorSheetDirection, type JurorSheetSort } from "#app/domain/juror-sheets.ts";
import { SORT_DIRECTIONS } from "#app/domain/paging.ts";

// The juror's own sheets are sorted by the address (GET), so the table sorts without script. A value
// that makes no sense falls back to the default rather than being refused.
const ownSheetsViewSchema = z.object({
  sort: z.enum(JUROR_SHEET_SORTS).catch("case"),
  dir: z.enum(SORT_DIRECTIONS).catch("asc"),
});

/** `?sort&dir` of the juror's own sheets; nonsense is the case order. */
export function parseOwnSheetsOrder(params: URLSearchParams): { sort: JurorSheetSort; direction: JurorSheetDirection } {
  const view = ownSheetsViewSchema.parse({ sort: params.get("sort"), dir: params.get("dir") });
  return { sort: view.sort, direction: view.dir };
}
