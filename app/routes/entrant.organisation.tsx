import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { findOrganisation, updateOrganisationProfile } from "#app/domain/organisations.server.ts";
import { createOrganisationProfileSchema } from "#app/forms/account-forms.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { notFoundResponse, replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("organisation.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "entrant");
  const organisation = user.organisationId === null ? null : findOrganisation(db, user.organisationId);
  if (!organisation) throw notFoundResponse();
  return {
    orgNumber: organisation.orgNumber,
    profile: {
      name: organisation.name,
      address: organisation.address ?? "",
      contactName: organisation.contactName ?? "",
      contactEmail: organisation.contactEmail ?? "",
    },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "entrant");
  const { t } = getTranslator(request);
  const submission = parseWithZod(await request.formData(), { schema: createOrganisationProfileSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  try {
    updateOrganisationProfile(db, user, submission.value, new Date());
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t);
    return data({ result }, { status });
  }
  return redirect("/entrant/organisation?saved=1");
}

export default function OrganisationProfile() {
  const { orgNumber, profile } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: profile,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createOrganisationProfileSchema(t) }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Page title={t("organisation.title")} narrow>
      {searchParams.get("saved") && !actionData ? <StatusMessage>{t("organisation.saved")}</StatusMessage> : null}
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
        <ErrorSummary form={form} />
        <TextField field={fields.name} label={t("organisation.name")} autoComplete="organization" />
        <div className="flex flex-col gap-1">
          <span className="font-medium">{t("organisation.orgNumber")}</span>
          <span>{orgNumber}</span>
          <span className="text-sm text-ink-muted">{t("organisation.orgNumberFixed")}</span>
        </div>
        <TextField field={fields.address} label={t("organisation.address")} autoComplete="street-address" />
        <TextField field={fields.contactName} label={t("organisation.contactName")} autoComplete="name" />
        <TextField
          field={fields.contactEmail}
          label={t("organisation.contactEmail")}
          type="email"
          autoComplete="email"
        />
        <Button>{t("organisation.save")}</Button>
      </Form>
    </Page>
  );
}
