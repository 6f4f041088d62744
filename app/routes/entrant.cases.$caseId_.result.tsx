import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { entrantResult } from "#app/domain/publication.server.ts";
import { STEP_KEYS } from "#app/domain/step-weights.ts";
import { formatScore } from "#app/i18n/format.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { orRespond, parseId } from "#app/utils/http.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "entrant");
  return orRespond(() => entrantResult(db, user, parseId(params.caseId)));
}

const STEP_LABELS = {
  promise: "case.field.servicePromise",
  anchoring: "case.field.anchoring",
  realisation: "case.field.realisation",
} as const;

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
            <section aria-labelledby="feedback-heading" data-testid="feedback">
              <h2 id="feedback-heading" className="mb-3 text-2xl font-semibold">
                {t("result.feedback")}
              </h2>
              <dl className="mb-6 flex flex-col gap-2">
                {STEP_KEYS.map((key) => (
                  <div key={key}>
                    <dt className="font-semibold">{t(STEP_LABELS[key])}</dt>
                    <dd>{t("result.stepMean", { mean: formatScore(result.feedback!.stepMeans[key], locale) })}</dd>
                  </div>
                ))}
              </dl>
              <h3 className="mb-2 text-xl font-semibold">{t("result.comments")}</h3>
              <ul className="flex flex-col gap-4">
                {result.feedback.comments.map((comment, index) => (
                  <li key={index} className="rounded-md border border-gray-200 p-3">
                    {STEP_KEYS.map((key) =>
                      comment[key] ? (
                        <p key={key}>
                          <span className="font-semibold">{t(STEP_LABELS[key])}:</span> {comment[key]}
                        </p>
                      ) : null,
                    )}
                    {comment.overall ? <p className="mt-1">{comment.overall}</p> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : (
            <p>{t("result.noFeedback")}</p>
          )}
        </>
      )}
    </Page>
  );
}
