import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { ResultsView } from "#app/components/results/results-view.tsx";
import { SnapshotFingerprint, SnapshotWarning } from "#app/components/audit/snapshot-warning.tsx";
import { publishedResultsForYear } from "#app/domain/publication.server.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { db } from "#app/utils/db.server.ts";
import { parseId } from "#app/utils/http.server.ts";

// Public: anyone may read what the chair has published, and nothing else.
export function loader({ params }: LoaderFunctionArgs) {
  const year = parseId(params.year);
  return { year, results: publishedResultsForYear(db, year) };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(
    matches,
    (t) => t("results.title", { year: data?.year ?? "" }),
    (t) => t("meta.results", { year: data?.year ?? "" }),
  );

export default function PublicResults() {
  const { year, results } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <Page title={t("results.title", { year })}>
      {results?.snapshotIntact === false ? <SnapshotWarning /> : null}
      {results ? <ResultsView results={results} /> : <p>{t("results.none", { year })}</p>}
      <SnapshotFingerprint hash={results?.snapshotHash ?? null} />
      <p className="mt-8 text-sm">
        <TextLink to={`/api/results/${year}`} reloadDocument>
          {t("results.json")}
        </TextLink>
      </p>
    </Page>
  );
}
