import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { CloneCompetitionForm } from "#app/components/competition/clone-competition-form.tsx";
import { Page } from "#app/components/page.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { requireCompetition } from "#app/domain/competition-lookup.server.ts";
import { cloneCompetition } from "#app/domain/competitions.server.ts";
import { osloLocalNextYear, utcToOsloLocal } from "#app/domain/deadlines.ts";
import { createCloneCompetitionSchema } from "#app/forms/competition-forms.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { orRespond, parseId, replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";

// Last year's competition into a new year: the chair gives the year, name and dates (a year on by
// default); categories, weights, scale, minimum sheets, method and blind judging are copied.

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => t("competition.cloneTitle", { name: data?.name ?? "" }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const source = orRespond(() => requireCompetition(db, parseId(params.competitionId)));
  const nextYear = source.year + 1;
  return {
    competitionId: source.id,
    name: source.name,
    values: {
      year: String(nextYear),
      name: source.name.includes(String(source.year))
        ? source.name.replaceAll(String(source.year), String(nextYear))
        : source.name,
      submissionOpensAt: osloLocalNextYear(utcToOsloLocal(source.submissionOpensAt)),
      submissionDeadlineAt: osloLocalNextYear(utcToOsloLocal(source.submissionDeadlineAt)),
      scoringDeadlineAt: osloLocalNextYear(utcToOsloLocal(source.scoringDeadlineAt)),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const sourceId = parseId(params.competitionId);
  const { t } = getTranslator(request);
  const now = new Date();
  const submission = parseWithZod(await request.formData(), { schema: createCloneCompetitionSchema(t, { now }) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  try {
    const { year, name, submissionOpensAt, submissionDeadlineAt, scoringDeadlineAt } = submission.value;
    const { id } = cloneCompetition(
      db,
      user.id,
      sourceId,
      { year, name, submissionOpensAt, submissionDeadlineAt, scoringDeadlineAt },
      now,
    );
    return redirect(`/chair/competitions/${id}`);
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t);
    return data({ result }, { status });
  }
}

export default function CloneCompetition() {
  const { competitionId, name, values } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <Page title={t("competition.cloneTitle", { name })} wide>
      <p className="mb-4">
        <TextLink to={`/chair/competitions/${competitionId}`}>{t("competition.back")}</TextLink>
      </p>
      <p className="mb-6 max-w-4xl">{t("competition.cloneIntro")}</p>
      <CloneCompetitionForm defaultValue={values} lastResult={actionData?.result} />
    </Page>
  );
}
