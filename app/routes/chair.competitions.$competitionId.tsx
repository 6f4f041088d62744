import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CategoriesSection } from "#app/components/competition/categories-section.tsx";
import { CompetitionSettingsForm } from "#app/components/competition/competition-settings-form.tsx";
import { Page } from "#app/components/page.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import {
  addCategory,
  getCompetitionWithCategories,
  moveCategory,
  removeCategory,
  updateCompetition,
} from "#app/domain/competitions.server.ts";
import { requireCompetition } from "#app/domain/competition-lookup.server.ts";
import { utcToOsloLocal } from "#app/domain/deadlines.ts";
import { hasPublished } from "#app/domain/publication.server.ts";
import { createCompetitionPageSchema, weightFormValues } from "#app/forms/competition-forms.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { categoryFromForm, competitionSettingsFromForm } from "#app/utils/competition-form.server.ts";
import { db } from "#app/utils/db.server.ts";
import { orRespond, parseId, replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => t("competition.editTitle", { year: data?.year ?? "" }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const { competition, defaultWeights, categories } = orRespond(() =>
    getCompetitionWithCategories(db, parseId(params.competitionId)),
  );
  return {
    competitionId: competition.id,
    year: competition.year,
    published: hasPublished(db, competition.id),
    settings: {
      year: String(competition.year),
      name: competition.name,
      submissionOpensAt: utcToOsloLocal(competition.submissionOpensAt),
      submissionDeadlineAt: utcToOsloLocal(competition.submissionDeadlineAt),
      scoringDeadlineAt: utcToOsloLocal(competition.scoringDeadlineAt),
      scaleMin: String(competition.scaleMin),
      scaleMax: String(competition.scaleMax),
      minScoreSheets: String(competition.minScoreSheets),
      ...weightFormValues(defaultWeights),
    },
    defaultWeights: weightFormValues(defaultWeights),
    storedDeadlines: {
      submissionOpensAt: competition.submissionOpensAt.toISOString(),
      submissionDeadlineAt: competition.submissionDeadlineAt.toISOString(),
      scoringDeadlineAt: competition.scoringDeadlineAt.toISOString(),
    },
    categories,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const competitionId = parseId(params.competitionId);
  const { t } = getTranslator(request);
  const formData = await request.formData();
  const now = new Date();
  // Deadlines already stored ask no confirmation again; only setting a past one does.
  const stored = orRespond(() => requireCompetition(db, competitionId));
  const submission = parseWithZod(formData, { schema: createCompetitionPageSchema(t, { now, stored }) });
  if (submission.status !== "success") {
    const intent = typeof submission.payload.intent === "string" ? submission.payload.intent : null;
    return data({ intent, result: submission.reply(), message: null }, { status: 400 });
  }
  const { value } = submission;
  const selfUrl = `/chair/competitions/${competitionId}`;
  try {
    switch (value.intent) {
      case "save":
        updateCompetition(db, user.id, competitionId, competitionSettingsFromForm(value), now);
        return redirect(`${selfUrl}?saved=1`);
      case "add-category":
        addCategory(db, user.id, competitionId, categoryFromForm(value), now);
        return redirect(selfUrl);
      case "move-up":
      case "move-down":
        moveCategory(db, user.id, competitionId, value.categoryId, value.intent === "move-up" ? "up" : "down", now);
        return redirect(selfUrl);
      case "remove-category":
        removeCategory(db, user.id, competitionId, value.categoryId, now);
        return redirect(selfUrl);
    }
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t);
    return data({ intent: value.intent, result, message: result.error?.[""]?.[0] ?? null }, { status });
  }
}

export default function EditCompetition() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  return (
    <Page title={t("competition.editTitle", { year: loaderData.year })} wide>
      <p className="mb-6">
        <TextLink to={`/chair/cases?competition=${loaderData.competitionId}`}>{t("chair.cases")}</TextLink>
      </p>
      <Section title={t("competition.settings")}>
        {searchParams.get("saved") && !actionData ? <StatusMessage>{t("competition.saved")}</StatusMessage> : null}
        <CompetitionSettingsForm
          defaultValue={loaderData.settings}
          lastResult={actionData?.intent === "save" ? actionData.result : undefined}
          submitLabel={t("competition.save")}
          stored={loaderData.storedDeadlines}
          frozen={loaderData.published}
        />
      </Section>
      <CategoriesSection
        competitionId={loaderData.competitionId}
        categories={loaderData.categories}
        defaultWeights={loaderData.defaultWeights}
        actionData={actionData}
        published={loaderData.published}
      />
      <Section title={t("competition.other")}>
        <p className="flex flex-wrap gap-6">
          <TextLink to={`/chair/competitions/${loaderData.competitionId}/clone`}>{t("competition.clone")}</TextLink>
          <TextLink to={`/chair/competitions/${loaderData.competitionId}/delete`}>{t("competition.delete")}</TextLink>
        </p>
      </Section>
    </Page>
  );
}
