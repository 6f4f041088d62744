import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { requestPasswordReset } from "#app/domain/password-reset.server.ts";
import { minutesUntil } from "#app/domain/throttle.ts";
import { createPasswordResetRequestSchema } from "#app/forms/account-forms.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { sendPasswordResetMail } from "#app/utils/account-mail.server.ts";
import { requireAnonymous } from "#app/utils/auth.server.ts";
import { clientKeyOf } from "#app/utils/client.server.ts";
import { db } from "#app/utils/db.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { delivered } from "#app/utils/mail.server.ts";

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(
    matches,
    (t) => t("passwordReset.request.title"),
    (t) => t("meta.forgotPassword"),
  );

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return { sent: new URL(request.url).searchParams.has("sent") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const { t } = getTranslator(request);
  const submission = parseWithZod(await request.formData(), { schema: createPasswordResetRequestSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const now = new Date();
  const outcome = requestPasswordReset(db, { email: submission.value.email, client: clientKeyOf(context) }, now);
  if (!outcome.ok) {
    const minutes = minutesUntil(outcome.until, now);
    return data(
      { result: submission.reply({ formErrors: [t("passwordReset.request.limited", { minutes })] }) },
      { status: 429 },
    );
  }
  // Not awaited: a known address must answer as fast as an unknown one, which sends nothing.
  if (outcome.mail) {
    const { token, expiresAt, ...account } = outcome.mail;
    void delivered(sendPasswordResetMail(account, token, expiresAt), "Password reset mail");
  }
  return redirect("/forgot-password?sent");
}

export default function ForgotPassword() {
  const { sent } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createPasswordResetRequestSchema(t) }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Page title={t("passwordReset.request.title")} narrow>
      {sent ? <StatusMessage>{t("passwordReset.request.sent")}</StatusMessage> : null}
      <p className="mb-6">{t("passwordReset.request.intro")}</p>
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
        <ErrorSummary form={form} />
        <TextField field={fields.email} label={t("account.email")} type="email" autoComplete="username" />
        <Button>{t("passwordReset.request.submit")}</Button>
      </Form>
      <p className="mt-6">
        <TextLink to="/login">{t("nav.login")}</TextLink>
      </p>
    </Page>
  );
}
