import type { LoaderFunctionArgs } from "@remix-run/node";
import { publishedResultsForYear } from "#app/domain/publication.server.ts";
import { db } from "#app/utils/db.server.ts";
import { notFoundResponse, parseId } from "#app/utils/http.server.ts";

/** The published results as JSON for the award's web site and the press; exactly the snapshot's public part. */
export function loader({ params }: LoaderFunctionArgs) {
  const results = publishedResultsForYear(db, parseId(params.year));
  if (!results) throw notFoundResponse();
  return new Response(JSON.stringify(results, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=60",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
