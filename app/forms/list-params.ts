import { z } from "zod";
import { CASE_STATUSES } from "#app/domain/case-status.ts";
import { JUROR_STANDINGS } from "#app/domain/jury-states.ts";
import {
  CALIBRATION_SORTS,
  CASE_LIST_SORTS,
  CASE_PROGRESS_FILTERS,
  CASE_PROGRESS_SORTS,
  INVITATION_LIST_FILTERS,
  INVITATION_LIST_SORTS,
  JUROR_PROGRESS_SORTS,
} from "#app/domain/list-sorts.ts";
import { SORT_DIRECTIONS } from "#app/domain/paging.ts";

// The chair's lists take page, sort and filters from the address (GET), so any view can be linked
// and works without JavaScript. A value that makes no sense falls back to the default, like an
// empty field: the chair still gets the list rather than an error page.

const SEARCH_MAX_LENGTH = 100;

const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((value) => value || undefined, schema.optional()).catch(undefined);

const id = optional(z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER));
const page = z.coerce.number().int().min(1).max(1_000_000).catch(1);
const dir = z.enum(SORT_DIRECTIONS).catch("asc");
const search = optional(z.string().trim().min(1).max(SEARCH_MAX_LENGTH));

const caseListSchema = z.object({
  competition: id,
  category: id,
  status: optional(z.enum(CASE_STATUSES)),
  q: search,
  sort: z.enum(CASE_LIST_SORTS).catch("reference"),
  dir,
  page,
});

export type CaseListParams = z.infer<typeof caseListSchema>;

/** The chair's case list: `?competition&category&status&q&sort&dir&page`. */
export function parseCaseListParams(params: URLSearchParams): CaseListParams {
  return caseListSchema.parse(Object.fromEntries(params));
}

const juryOverviewSchema = z.object({
  // Cases: filter, search, sort and page of their own, prefixed "c".
  cstatus: optional(z.enum(CASE_PROGRESS_FILTERS)),
  q: search,
  csort: z.enum(CASE_PROGRESS_SORTS).catch("reference"),
  cdir: dir,
  cpage: page,
  // Jurors, prefixed "j"; the final round's jurors share their sort and have their own page.
  jstanding: optional(z.enum(JUROR_STANDINGS)),
  jsort: z.enum(JUROR_PROGRESS_SORTS).catch("name"),
  jdir: dir,
  jpage: page,
  fpage: page,
});

export type JuryOverviewParams = z.infer<typeof juryOverviewSchema>;

/** The chair's jury overview, two lists on one page: cases (`c…`, `q`) and jurors (`j…`, `fpage`). */
export function parseJuryOverviewParams(params: URLSearchParams): JuryOverviewParams {
  return juryOverviewSchema.parse(Object.fromEntries(params));
}

const invitationListSchema = z.object({
  state: optional(z.enum(INVITATION_LIST_FILTERS)),
  sort: z.enum(INVITATION_LIST_SORTS).catch("lastSent"),
  // Newest first unless the chair chose an order (a sort link always names its direction).
  dir: z.enum(SORT_DIRECTIONS).catch("desc"),
  page,
});

export type InvitationListParams = z.infer<typeof invitationListSchema>;

/** The chair's invitations: `?state&sort&dir&page`. */
export function parseInvitationListParams(params: URLSearchParams): InvitationListParams {
  return invitationListSchema.parse(Object.fromEntries(params));
}

const pageOnlySchema = z.object({ page });

/** A page of a juror's own list: `?page`, the first page when missing or wrong. */
export function parsePageParam(params: URLSearchParams): number {
  return pageOnlySchema.parse({ page: params.get("page") }).page;
}

const calibrationOrderSchema = z.object({
  sort: z.enum(CALIBRATION_SORTS).catch("juror"),
  dir,
});

export type CalibrationOrder = z.infer<typeof calibrationOrderSchema>;

/** The order of the chair's calibration tables: `?sort&dir` (the sample tables share one order). */
export function parseCalibrationOrder(params: URLSearchParams): CalibrationOrder {
  return calibrationOrderSchema.parse(Object.fromEntries(params));
}
