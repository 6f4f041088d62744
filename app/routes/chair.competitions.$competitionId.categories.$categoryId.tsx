import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { WeightsFieldset } from "#app/components/competition/weights-fieldset.tsx";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { FormError } from "#app/components/ui/form-error.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { getCompetitionWithCategories, updateCategory } from "#app/domain/competitions.server.ts";
import { weightPercentages } from "#app/domain/step-weights.ts";
import { createCategorySchema, weightFormValues } from "#app/forms/competition-forms.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { categoryFromForm } from "#app/utils/competition-form.server.ts";
import { db } from "#app/utils/db.server.ts";
import { notFoundResponse, orRespond, parseId, replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => t("category.editTitle", { name: data?.name ?? "" }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const competitionId = parseId(params.competitionId);
  const categoryId = parseId(params.categoryId);
  const { categories } = orRespond(() => getCompetitionWithCategories(db, competitionId));
  const category = categories.find((item) => item.id === categoryId);
  if (!category) throw notFoundResponse();
  return {
    competitionId,
    name: category.name,
    percentages: weightPercentages(category.weights),
    values: {
      name: category.name,
      description: category.description,
      ...weightFormValues(category.weights),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const competitionId = parseId(params.competitionId);
  const categoryId = parseId(params.categoryId);
  const { t } = getTranslator(request);
  const submission = parseWithZod(await request.formData(), { schema: createCategorySchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  try {
    updateCategory(db, user.id, competitionId, categoryId, categoryFromForm(submission.value), new Date());
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t);
    return data({ result }, { status });
  }
  return redirect(`/chair/competitions/${competitionId}`);
}

export default function EditCategory() {
  const { competitionId, name, percentages, values } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: values,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createCategorySchema(t) }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Page title={t("category.editTitle", { name })} narrow>
      <p className="mb-4">
        <TextLink to={`/chair/competitions/${competitionId}`}>{t("category.back")}</TextLink>
      </p>
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
        <FormError id={form.errorId} errors={form.errors} />
        <TextField field={fields.name} label={t("category.name")} />
        <TextField field={fields.description} label={t("category.description")} />
        <WeightsFieldset
          fields={fields}
          legend={t("category.weights")}
          hint={t("category.weightsNow", { summary: t("weights.summary", percentages) })}
        />
        <Button className="self-start">{t("category.save")}</Button>
      </Form>
    </Page>
  );
}
