import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { SelectField } from "#app/components/ui/select-field.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { createCaseInOpenCompetition, listCategoryChoices } from "#app/domain/cases.server.ts";
import { findOpenOrNextCompetition } from "#app/domain/competition-lookup.server.ts";
import { createNewCaseSchema } from "#app/forms/case-forms.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("case.new.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "entrant");
  const competition = findOpenOrNextCompetition(db, new Date());
  return {
    competition: competition && { id: competition.id, name: competition.name },
    categories: competition ? listCategoryChoices(db, competition.id) : [],
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "entrant");
  const { t } = getTranslator(request);
  const now = new Date();
  const submission = parseWithZod(await request.formData(), { schema: createNewCaseSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  try {
    const { id } = createCaseInOpenCompetition(db, user, submission.value, now);
    return redirect(`/entrant/cases/${id}`);
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t);
    return data({ result }, { status });
  }
}

export default function NewCase() {
  const { competition, categories } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createNewCaseSchema(t) }),
    shouldValidate: "onBlur",
  });
  if (!competition) {
    return (
      <Page title={t("case.new.title")}>
        <p>{t("entrant.noCompetition")}</p>
      </Page>
    );
  }
  return (
    <Page title={t("case.new.title")} narrow>
      <p className="mb-6">{t("case.new.intro")}</p>
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
        <ErrorSummary form={form} />
        <SelectField
          field={fields.categoryId}
          label={t("case.field.category")}
          options={categories.map((category) => ({ value: category.id, label: category.name }))}
        />
        <TextField field={fields.title} label={t("case.field.title")} hint={t("case.field.title.hint")} />
        <Button>{t("case.new.submit")}</Button>
      </Form>
    </Page>
  );
}
