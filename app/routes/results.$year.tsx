import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { ResultsView } from "#app/components/results/results-view.tsx";
import { publishedResultsForYear } from "#app/domain/publication.server.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { db } from "#app/utils/db.server.ts";
import { parseId } from "#app/utils/http.server.ts";

// Public: anyone may read what the chair has published, and nothing else.
export async function loader({ params }: LoaderFunctionArgs) {
  const year = parseId(params.year);
  return { year, results: publishedResultsForYear(db, year) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Kundeservice Awards ${data?.year ?? ""}` }];

export default function PublicResults() {
  const { year, results } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <Page title={t("results.title", { year })}>
      {results ? <ResultsView results={results} /> : <p>{t("results.none", { year })}</p>}
      <p className="mt-8 text-sm">
        <a href={`/api/results/${year}`} className="text-brand-700 underline">
          {t("results.json")}
        </a>
      </p>
    </Page>
  );
}
