import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CompetitionSettingsForm } from "#app/components/competition/competition-settings-form.tsx";
import { WeightsFieldset } from "#app/components/competition/weights-fieldset.tsx";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
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
import { createCategorySchema, createCompetitionSchema, weightFormValues } from "#app/forms/competition-forms.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { categoryFromForm, competitionSettingsFromForm } from "#app/utils/competition-form.server.ts";
import { db } from "#app/utils/db.server.ts";
import { orRespond, parseId, replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";

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

type ActionResult = { intent: string; result: SubmissionResult<string[]> | null; message?: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const competitionId = parseId(params.competitionId);
  const { t } = getTranslator(request);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const now = new Date();
  const selfUrl = `/chair/competitions/${competitionId}`;

  if (intent === "save" || intent === "add-category") {
    const schema = intent === "save" ? createCompetitionSchema(t) : createCategorySchema(t);
    const submission = parseWithZod(formData, { schema });
    if (submission.status !== "success")
      return data<ActionResult>({ intent, result: submission.reply() }, { status: 400 });
    try {
      if (submission.value && "year" in submission.value) {
        updateCompetition(db, user.id, competitionId, competitionSettingsFromForm(submission.value), now);
        return redirect(`${selfUrl}?saved=1`);
      }
      addCategory(db, user.id, competitionId, categoryFromForm(submission.value), now);
      return redirect(selfUrl);
    } catch (error) {
      const { result, status } = replyForDomainError(submission, error, t);
      return data<ActionResult>({ intent, result }, { status });
    }
  }

  const categoryId = parseId(String(formData.get("categoryId") ?? ""));
  if (intent === "move-up" || intent === "move-down") {
    orRespond(() => moveCategory(db, user.id, competitionId, categoryId, intent === "move-up" ? "up" : "down", now));
    return redirect(selfUrl);
  }
  if (intent === "remove-category") {
    try {
      removeCategory(db, user.id, competitionId, categoryId, now);
    } catch (error) {
      const submission = parseWithZod(formData, { schema: createCategorySchema(t) });
      const { result, status } = replyForDomainError(submission, error, t);
      return data<ActionResult>({ intent, result: null, message: result.error?.[""]?.[0] }, { status });
    }
    return redirect(selfUrl);
  }
  return data<ActionResult>({ intent, result: null }, { status: 400 });
}

export default function EditCompetition() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionResult | undefined;
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  return (
    <Page title={t("competition.editTitle", { year: loaderData.year })}>
      <p className="mb-6">
        <Link to={`/chair/cases?competition=${loaderData.competitionId}`} className="text-brand-700 underline">
          {t("chair.cases")}
        </Link>
      </p>
      <section aria-labelledby="settings-heading" className="mb-10">
        <h2 id="settings-heading" className="mb-3 text-2xl font-semibold">
          {t("competition.settings")}
        </h2>
        {searchParams.get("saved") && !actionData ? <StatusMessage>{t("competition.saved")}</StatusMessage> : null}
        <CompetitionSettingsForm
          defaultValue={loaderData.settings}
          lastResult={actionData?.intent === "save" ? actionData.result : undefined}
          submitLabel={t("competition.save")}
        />
      </section>
      <CategoriesSection />
    </Page>
  );
}

function CategoriesSection() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionResult | undefined;
  const { t } = useTranslation();
  const count = loaderData.categories.length;
  return (
    <section aria-labelledby="categories-heading">
      <h2 id="categories-heading" className="mb-3 text-2xl font-semibold">
        {t("category.title")}
      </h2>
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
                  <Link
                    to={`/chair/competitions/${loaderData.competitionId}/categories/${category.id}`}
                    className="text-brand-700 underline"
                    aria-label={t("category.edit", { name: category.name })}
                  >
                    {t("category.edit", { name: "" }).trim()}
                  </Link>
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
    </section>
  );
}

function AddCategoryForm() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionResult | undefined;
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
