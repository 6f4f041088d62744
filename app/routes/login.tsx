import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { useOnDemand } from "#app/components/use-on-demand.ts";
import { loadAccountValidation } from "#app/forms/account-validation-loader.client.ts";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { authenticate } from "#app/domain/accounts.server.ts";
import { HOME_BY_ROLE } from "#app/domain/roles.ts";
import { minutesUntil } from "#app/domain/throttle.ts";
import { createLoginSchema } from "#app/forms/account-forms.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireAnonymous } from "#app/utils/auth.server.ts";
import { clientKeyOf } from "#app/utils/client.server.ts";
import { db } from "#app/utils/db.server.ts";
import { getTranslator, localeCookie } from "#app/utils/locale.server.ts";
import { safeRedirectTarget } from "#app/utils/redirect-target.ts";
import { startSession } from "#app/utils/session.server.ts";

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(
    matches,
    (t) => t("login.title"),
    (t) => t("meta.login"),
  );

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const loggedOutEverywhere = new URL(request.url).searchParams.get("notice") === "logged-out-everywhere";
  return { loggedOutEverywhere };
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const { t } = getTranslator(request);
  const submission = parseWithZod(await request.formData(), { schema: createLoginSchema(t) });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const now = new Date();
  const { email, password } = submission.value;
  const outcome = await authenticate(db, { email, password, client: clientKeyOf(context) }, now);
  if (!outcome.ok) {
    const message =
      outcome.reason === "locked"
        ? t("login.lockedOut", { minutes: minutesUntil(outcome.until, now) })
        : outcome.reason === "busy"
          ? t("login.busy")
          : t("login.wrongCredentials");
    return data(
      { result: submission.reply({ formErrors: [message], hideFields: ["password"] }) },
      { status: outcome.reason === "wrong-credentials" ? 400 : 429 },
    );
  }
  const target = safeRedirectTarget(submission.value.redirectTo, HOME_BY_ROLE[outcome.role]);
  // The portal opens in the language the account last chose, as its mails are written in.
  const headers = new Headers([
    ["Set-Cookie", await startSession(outcome.userId, request)],
    ["Set-Cookie", localeCookie(outcome.locale)],
  ]);
  return redirect(target, { headers });
}

export default function Login() {
  const { loggedOutEverywhere } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const { module: validation, load: loadValidation } = useOnDemand(loadAccountValidation);
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: validation ? ({ formData }) => validation.validateLogin(formData, t) : undefined,
    // Until the check has loaded, fields are checked on submit by the server, as without JavaScript.
    shouldValidate: validation ? "onBlur" : "onSubmit",
    shouldRevalidate: validation ? "onInput" : "onSubmit",
    defaultValue: { redirectTo: searchParams.get("redirectTo") ?? undefined },
  });
  return (
    <Page title={t("login.title")} narrow>
      {loggedOutEverywhere ? <StatusMessage>{t("login.loggedOutEverywhere")}</StatusMessage> : null}
      <Form method="post" {...getFormProps(form)} onFocus={loadValidation} className="flex flex-col gap-4">
        <ErrorSummary form={form} />
        <input {...getInputProps(fields.redirectTo, { type: "hidden" })} key={fields.redirectTo.key} />
        <TextField field={fields.email} label={t("account.email")} type="email" autoComplete="username" />
        <TextField
          field={fields.password}
          label={t("account.password")}
          type="password"
          autoComplete="current-password"
        />
        <Button>{t("login.submit")}</Button>
      </Form>
      <p className="mt-4">
        <TextLink to="/forgot-password">{t("login.forgotPassword")}</TextLink>
      </p>
      <p className="mt-6">
        {t("login.noAccount")} <TextLink to="/register">{t("nav.register")}</TextLink>
      </p>
    </Page>
  );
}
