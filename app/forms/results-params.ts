import { z } from "zod";

// A bookmark may carry anything after `?version=`: nonsense reads as the current version (a safe
// default), a well-formed number that no version has is a page not found.
const versionParam = z.coerce.number().int().positive().max(1_000_000).optional().catch(undefined);

/** The version of a published result asked for (`?version=2`), or undefined for the current one. */
export function parseResultVersion(params: URLSearchParams): number | undefined {
  const raw = params.get("version");
  return raw === null || raw === "" ? undefined : versionParam.parse(raw);
}
