import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ConfirmCheckbox } from "#app/components/competition/confirm-checkbox.tsx";
import { WeightsFieldset } from "#app/components/competition/weights-fieldset.tsx";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { getCategoryForEdit, updateCategory } from "#app/domain/competitions.server.ts";
import { createCategoryEditSchema, weightFormValues } from "#app/forms/competition-forms.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { categoryFromForm } from "#app/utils/competition-form.server.ts";
import { db } from "#app/utils/db.server.ts";
import { orRespond, parseId, replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";

// A page of its own beside the competition's page (the `_` keeps the URL under the competition
// without nesting the view in it, which has no <Outlet/>).

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => t("category.editTitle", { name: data?.name ?? "" }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const competitionId = parseId(params.competitionId);
  const { category, published, finalSheets } = orRespond(() =>
    getCategoryForEdit(db, competitionId, parseId(params.categoryId)),
  );
  return {
    competitionId,
    name: category.name,
    published,
    finalSheets,
    values: { name: category.name, description: category.description, ...weightFormValues(category.weights) },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const competitionId = parseId(params.competitionId);
  const categoryId = parseId(params.categoryId);
  const { t } = getTranslator(request);
  const submission = parseWithZod(await request.formData(), { schema: createCategoryEditSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  try {
    updateCategory(db, user.id, competitionId, categoryId, categoryFromForm(submission.value), new Date(), {
      rankingChangeConfirmed: submission.value.confirmRankingChange === "on",
    });
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t);
    return data({ result }, { status });
  }
  return redirect(`/chair/competitions/${competitionId}`);
}

export default function EditCategory() {
  const { competitionId, name, published, finalSheets, values } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "category-edit",
    lastResult: actionData?.result,
    defaultValue: { ...values, confirmRankingChange: undefined as string | undefined },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createCategoryEditSchema(t) }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Page title={t("category.editTitle", { name })} wide>
      <p className="mb-4">
        <TextLink to={`/chair/competitions/${competitionId}`}>{t("category.back")}</TextLink>
      </p>
      {published ? (
        <StatusMessage>{t("category.published")}</StatusMessage>
      ) : (
        <Form method="post" {...getFormProps(form)} className="flex max-w-4xl flex-col gap-4">
          <ErrorSummary form={form} />
          {finalSheets > 0 ? <p role="note">{t("category.scoringStarted", { count: finalSheets })}</p> : null}
          <TextField field={fields.name} label={t("category.name")} />
          <TextField field={fields.description} label={t("category.description")} />
          <WeightsFieldset fields={fields} legend={t("category.weights")} />
          <ConfirmCheckbox field={fields.confirmRankingChange} label={t("category.weights.confirmLabel")} />
          <Button className="self-start">{t("category.save")}</Button>
        </Form>
      )}
    </Page>
  );
}
