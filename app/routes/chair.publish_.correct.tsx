import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { CorrectionForm } from "#app/components/publication/correction-form.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { findCompetitionOrNewest } from "#app/domain/competition-lookup.server.ts";
import { correctionView, correctPublication } from "#app/domain/publication-corrections.server.ts";
import { createCorrectionSchema } from "#app/forms/correction-forms.ts";
import { figuresVersionParam } from "#app/forms/publication-fields.ts";
import { reasoningsOf } from "#app/forms/publication-forms.ts";
import type { PublicationStage } from "#app/domain/publication.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { competitionFromForm } from "#app/utils/competition-form.server.ts";
import { db } from "#app/utils/db.server.ts";
import { notFoundResponse, optionalId, orRespond, replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";

// A correction of a published result (ADR 0028): the chair's one way to change what was published,
// in the open, as a new version with a public reason.

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("correct.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const { locale } = getTranslator(request);
  const competition = orRespond(() =>
    findCompetitionOrNewest(db, optionalId(new URL(request.url).searchParams.get("competition"))),
  );
  if (!competition) throw notFoundResponse();
  const view = correctionView(db, competition.id);
  return {
    competition: { id: competition.id, name: competition.name, year: competition.year },
    correctable: view && {
      ...view,
      versions: view.versions.map(({ version, at, reason }) => ({
        version,
        at: formatDateTime(at, locale),
        reason,
      })),
    },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const { t } = getTranslator(request);
  const formData = await request.formData();
  const competition = competitionFromForm(formData);
  const submission = parseWithZod(formData, { schema: createCorrectionSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const { reason, withdrawCaseId, showAgreement } = submission.value;
  try {
    const { version } = correctPublication(
      db,
      user.id,
      competition.id,
      {
        reason: reason ?? "",
        withdrawCaseId: withdrawCaseId ?? null,
        reasonings: reasoningsOf(submission.value),
        showAgreement: showAgreement === "on",
      },
      new Date(),
    );
    // The page's list of versions shows the new one at the end; the address says which it is.
    return redirect(
      `/chair/publish/correct?${new URLSearchParams({ competition: String(competition.id), corrected: String(version) })}`,
    );
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t);
    return data({ result }, { status });
  }
}

export default function CorrectPublication() {
  const { competition, correctable } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const figuresLink = (stage: PublicationStage, version: number) =>
    `/chair/publish?${new URLSearchParams({ competition: String(competition.id), [figuresVersionParam(stage)]: String(version) })}#stored-confidence-${stage}`;
  return (
    <Page title={t("correct.title")}>
      <p className="mb-4 font-semibold">{competition.name}</p>
      <p className="mb-6 flex flex-wrap gap-4">
        <TextLink to={`/chair/publish?competition=${competition.id}`}>{t("publish.title")}</TextLink>
        <TextLink to={`/results/${competition.year}`}>{t("publish.publicPage")}</TextLink>
      </p>
      {correctable ? (
        <>
          <h2 className="mb-4 text-lg font-semibold">{t(`publish.stage.${correctable.stage}`)}</h2>
          <CorrectionForm
            competitionId={competition.id}
            stage={correctable.stage}
            categories={correctable.categories}
            showAgreement={correctable.showAgreement}
            lastResult={actionData?.result}
          />
          <h2 className="mt-8 mb-2 text-lg font-semibold">{t("correct.versions")}</h2>
          <ul data-testid="versions">
            {correctable.versions.map((item) => (
              <li key={item.version}>
                {item.reason === null
                  ? t("correct.versionOriginal", { date: item.at })
                  : `${t("correct.versionCorrected", { version: item.version, date: item.at })}: ${item.reason}`}{" "}
                <TextLink to={figuresLink(correctable.stage, item.version)}>
                  {t("publishedConfidence.versionLink", { version: item.version })}
                </TextLink>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t("correct.notPublished")}</p>
      )}
    </Page>
  );
}
