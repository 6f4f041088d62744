import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { ResultsView } from "#app/components/results/results-view.tsx";
import { ResultVersions } from "#app/components/results/result-versions.tsx";
import { RankingRules } from "#app/components/ranking/ranking-rules.tsx";
import { PublicAgreement } from "#app/components/results/public-agreement.tsx";
import { SnapshotFingerprint, SnapshotWarning } from "#app/components/audit/snapshot-warning.tsx";
import { publishedResultsForYear } from "#app/domain/publication.server.ts";
import { parseResultVersion } from "#app/forms/results-params.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { db } from "#app/utils/db.server.ts";
import { notFoundResponse, parseId } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { publicAgreementText } from "#app/utils/published-confidence-text.server.ts";
import { rankingRulesText } from "#app/utils/ranking-rules.server.ts";

// Public: anyone may read what the chair has published, and nothing else.
export function loader({ params, request }: LoaderFunctionArgs) {
  const year = parseId(params.year);
  const version = parseResultVersion(new URL(request.url).searchParams);
  const results = publishedResultsForYear(db, year, version);
  // An older version that does not exist is not found; without one asked for, "nothing yet" is the page.
  if (!results && version !== undefined) throw notFoundResponse();
  const words = getTranslator(request);
  return {
    year,
    results,
    rules: results ? rankingRulesText(results.rules, words.t) : [],
    agreement: publicAgreementText(results?.agreement, words),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(
    matches,
    (t) => t("results.title", { year: data?.year ?? "" }),
    (t) => t("meta.results", { year: data?.year ?? "" }),
  );

export default function PublicResults() {
  const { year, results, rules, agreement } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <Page title={t("results.title", { year })}>
      {results?.snapshotIntact === false ? <SnapshotWarning /> : null}
      {results ? (
        <>
          <ResultVersions
            basePath={`/results/${year}`}
            stage={results.stage}
            publishedAt={results.publishedAt}
            version={results.version}
            currentVersion={results.currentVersion}
            corrections={results.corrections}
          />
          <ResultsView results={results} />
          <RankingRules lines={rules} className="mt-8" />
          {agreement ? <PublicAgreement text={agreement} className="mt-6" /> : null}
        </>
      ) : (
        <p>{t("results.none", { year })}</p>
      )}
      <SnapshotFingerprint hash={results?.snapshotHash ?? null} />
      <p className="mt-8 text-sm">
        <TextLink
          to={`/api/results/${year}${results && results.version !== results.currentVersion ? `?version=${results.version}` : ""}`}
          reloadDocument
        >
          {t("results.json")}
        </TextLink>
      </p>
    </Page>
  );
}
