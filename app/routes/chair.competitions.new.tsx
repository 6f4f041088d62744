import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { CompetitionSettingsForm } from "#app/components/competition/competition-settings-form.tsx";
import { Page } from "#app/components/page.tsx";
import { createCompetition } from "#app/domain/competitions.server.ts";
import { DEFAULT_STEP_WEIGHTS } from "#app/domain/step-weights.ts";
import { createCompetitionSchema, weightFormValues } from "#app/forms/competition-forms.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { competitionSettingsFromForm } from "#app/utils/competition-form.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("competition.newTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const { t } = getTranslator(request);
  const now = new Date();
  const submission = parseWithZod(await request.formData(), { schema: createCompetitionSchema(t, { now }) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  try {
    const { id } = createCompetition(db, user.id, competitionSettingsFromForm(submission.value), now);
    return redirect(`/chair/competitions/${id}`);
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t);
    return data({ result }, { status });
  }
}

export default function NewCompetition() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const year = new Date().getFullYear() + 1;
  return (
    <Page title={t("competition.newTitle")} wide>
      <CompetitionSettingsForm
        lastResult={actionData?.result}
        submitLabel={t("competition.create")}
        defaultValue={{
          year: String(year),
          name: `Kundeservice Awards ${year}`,
          submissionOpensAt: "",
          submissionDeadlineAt: "",
          scoringDeadlineAt: "",
          scaleMin: "1",
          scaleMax: "10",
          minScoreSheets: "3",
          ...weightFormValues(DEFAULT_STEP_WEIGHTS),
        }}
      />
    </Page>
  );
}
