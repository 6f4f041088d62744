import type { LoaderFunctionArgs } from "@remix-run/node";
import { publishedResultsForYear } from "#app/domain/publication.server.ts";
import { parseResultVersion } from "#app/forms/results-params.ts";
import { db } from "#app/utils/db.server.ts";
import { answerRefusals, noPublishedResults, parseId } from "#app/utils/http.server.ts";

/**
 * The published results as JSON for the award's web site and the press; exactly the snapshot's
 * public part. Caches may keep it a minute (the next stage replaces it), and may ask again with the
 * ETag: the snapshot's hash, its time and whether it still matches, so any of them changing is news.
 * A correction is a new version with its own hash, so it is news too; `?version=1` reads an
 * earlier version (ADR 0028).
 */
export function loader({ request, params }: LoaderFunctionArgs) {
  return answerRefusals(request, "json", () => answer(request, params.year), { "Access-Control-Allow-Origin": "*" });
}

function answer(request: Request, yearParam: string | undefined) {
  const year = parseId(yearParam);
  const version = parseResultVersion(new URL(request.url).searchParams);
  const results = publishedResultsForYear(db, year, version);
  if (!results) throw noPublishedResults(year);
  const headers = {
    "Cache-Control": "public, max-age=60",
    "Access-Control-Allow-Origin": "*",
    ...(results.snapshotHash
      ? { ETag: `"${results.snapshotHash}.${Date.parse(results.publishedAt)}.${results.snapshotIntact ? 1 : 0}"` }
      : {}),
  };
  const known = request.headers.get("If-None-Match");
  if (headers.ETag && known?.split(/\s*,\s*/).some((tag) => tag.replace(/^W\//, "") === headers.ETag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(JSON.stringify(results, null, 2), {
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
  });
}
