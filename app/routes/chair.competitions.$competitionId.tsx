import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CompetitionSettingsForm } from "#app/components/competition/competition-settings-form.tsx";
import { WeightsFieldset } from "#app/components/competition/weights-fieldset.tsx";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { FormError } from "#app/components/ui/form-error.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import {
  addCategory,
  getCompetitionWithCategories,
  moveCategory,
  removeCategory,
  updateCompetition,
} from "#app/domain/competitions.server.ts";
import { utcToOsloLocal } from "#app/domain/deadlines.ts";
import { weightPercentages } from "#app/domain/step-weights.ts";
import { createCategorySchema, createCompetitionPageSchema, weightFormValues } from "#app/forms/competition-forms.ts";
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
    categories: categories.map((category) => ({ ...category, percentages: weightPercentages(category.weights) })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const competitionId = parseId(params.competitionId);
  const { t } = getTranslator(request);
  const submission = parseWithZod(await request.formData(), { schema: createCompetitionPageSchema(t) });
  if (submission.status !== "success") {
    const intent = typeof submission.payload.intent === "string" ? submission.payload.intent : null;
    return data({ intent, result: submission.reply(), message: null }, { status: 400 });
  }
  const { value } = submission;
  const now = new Date();
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
    <Page title={t("competition.editTitle", { year: loaderData.year })}>
      <p className="mb-6">
        <TextLink to={`/chair/cases?competition=${loaderData.competitionId}`}>{t("chair.cases")}</TextLink>
      </p>
      <Section title={t("competition.settings")}>
        {searchParams.get("saved") && !actionData ? <StatusMessage>{t("competition.saved")}</StatusMessage> : null}
        <CompetitionSettingsForm
          defaultValue={loaderData.settings}
          lastResult={actionData?.intent === "save" ? actionData.result : undefined}
          submitLabel={t("competition.save")}
        />
      </Section>
      <CategoriesSection />
    </Page>
  );
}

function CategoriesSection() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const count = loaderData.categories.length;
  return (
    <Section title={t("category.title")} className="">
      {actionData?.intent === "remove-category" && actionData.message ? (
        <FormError id="category-remove-error" errors={[actionData.message]} />
      ) : null}
      {count === 0 ? (
        <p className="mb-4">{t("category.none")}</p>
      ) : (
        <ol className="mb-6 flex flex-col gap-3">
          {loaderData.categories.map((category, index) => (
            <li key={category.id} className="rounded-md border border-gray-200 p-4" data-testid="category">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <h3 className="text-lg font-semibold">{category.name}</h3>
                  {category.description ? <p className="text-sm text-ink-muted">{category.description}</p> : null}
                  <p className="text-sm" data-testid="category-weights">
                    {t("weights.summary", category.percentages)} · {t("category.cases", { count: category.caseCount })}
                  </p>
                </div>
                <Form method="post" className="flex flex-wrap items-center gap-2">
                  <input type="hidden" name="categoryId" value={category.id} />
                  <TextLink
                    to={`/chair/competitions/${loaderData.competitionId}/categories/${category.id}`}
                    aria-label={t("category.edit", { name: category.name })}
                  >
                    {t("category.edit", { name: "" }).trim()}
                  </TextLink>
                  <Button
                    name="intent"
                    value="move-up"
                    variant="secondary"
                    disabled={index === 0}
                    aria-label={t("category.moveUp", { name: category.name })}
                  >
                    ↑
                  </Button>
                  <Button
                    name="intent"
                    value="move-down"
                    variant="secondary"
                    disabled={index === count - 1}
                    aria-label={t("category.moveDown", { name: category.name })}
                  >
                    ↓
                  </Button>
                  {category.caseCount === 0 ? (
                    <Button name="intent" value="remove-category" variant="secondary">
                      {t("category.remove", { name: category.name })}
                    </Button>
                  ) : null}
                </Form>
              </div>
            </li>
          ))}
        </ol>
      )}
      {/* A new key after each added category starts the form empty again. */}
      <AddCategoryForm key={count} />
    </Section>
  );
}

function AddCategoryForm() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "add-category",
    lastResult: actionData?.intent === "add-category" ? actionData.result : undefined,
    defaultValue: { name: "", description: "", ...loaderData.defaultWeights },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createCategorySchema(t) }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4 rounded-md border border-gray-300 p-4">
      <h3 className="text-lg font-semibold">{t("category.add")}</h3>
      <FormError id={form.errorId} errors={form.errors} />
      <TextField field={fields.name} label={t("category.name")} />
      <TextField field={fields.description} label={t("category.description")} />
      <WeightsFieldset fields={fields} legend={t("category.weights")} hint={t("competition.defaultWeightsHint")} />
      <Button name="intent" value="add-category" className="self-start">
        {t("category.add")}
      </Button>
    </Form>
  );
}
