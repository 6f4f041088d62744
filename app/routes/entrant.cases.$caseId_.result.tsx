import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { RoundFeedback } from "#app/components/results/round-feedback.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { entrantResult } from "#app/domain/publication.server.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { orRespond, parseId } from "#app/utils/http.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? t("result.title", { title: data.title }) : t("result.pageTitle")));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "entrant");
  return orRespond(() => entrantResult(db, user, parseId(params.caseId)));
}

export default function CaseResult() {
  const result = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <Page title={t("result.title", { title: result.title })}>
      {!result.published ? (
        <p>{t("result.notYet")}</p>
      ) : (
        <>
          <p className="mb-6 text-xl font-semibold" data-testid="placement">
            {t(`result.band.${result.band}`)}
          </p>
          {result.reasoning ? (
            <div className="mb-8 rounded-md border-2 border-accent-500 p-4" data-testid="reasoning">
              <Section title={t("results.reasoning")} className="">
                <p className="whitespace-pre-wrap">{result.reasoning}</p>
              </Section>
            </div>
          ) : null}
          {result.feedback ? (
            <div data-testid="feedback">
              <Section title={t("result.feedback")}>
                {result.feedback.map((round) => (
                  <RoundFeedback key={round.round} feedback={round} />
                ))}
              </Section>
            </div>
          ) : (
            <p>{t("result.noFeedback")}</p>
          )}
        </>
      )}
    </Page>
  );
}
