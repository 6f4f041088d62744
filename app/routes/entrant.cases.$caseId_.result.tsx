import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { entrantResult } from "#app/domain/publication.server.ts";
import { JUDGING_STEPS } from "#app/domain/steps.ts";
import { formatScore } from "#app/i18n/format.ts";
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
  const { t, locale } = useTranslation();
  return (
    <Page title={t("result.title", { title: result.title })}>
      {!result.published ? (
        <p>{t("result.notYet")}</p>
      ) : (
        <>
          <p className="mb-6 text-xl font-semibold" data-testid="placement">
            {t(`result.band.${result.band}`)}
          </p>
          {result.feedback ? (
            <div data-testid="feedback">
              <Section title={t("result.feedback")}>
                <dl className="mb-6 flex flex-col gap-2">
                  {JUDGING_STEPS.map(({ key, messages }) => (
                    <div key={key}>
                      <dt className="font-semibold">{t(messages.name)}</dt>
                      <dd>{t("result.stepMean", { mean: formatScore(result.feedback!.stepMeans[key], locale) })}</dd>
                    </div>
                  ))}
                </dl>
                <h3 className="mb-2 text-lg font-semibold">{t("result.comments")}</h3>
                <ul className="flex flex-col gap-4">
                  {result.feedback.comments.map((comment, index) => (
                    <li key={index} className="rounded-md border border-gray-200 p-3">
                      {JUDGING_STEPS.map(({ key, messages }) =>
                        comment[key] ? (
                          <p key={key}>
                            <span className="font-semibold">{t(messages.name)}:</span> {comment[key]}
                          </p>
                        ) : null,
                      )}
                      {comment.overall ? <p className="mt-1">{comment.overall}</p> : null}
                    </li>
                  ))}
                </ul>
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
