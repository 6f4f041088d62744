import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { NewPasswordField } from "#app/components/new-password-field.tsx";
import { Page } from "#app/components/page.tsx";
import { useOnDemand } from "#app/components/use-on-demand.ts";
import { loadAccountValidation } from "#app/forms/account-validation-loader.client.ts";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { registerEntrant } from "#app/domain/accounts.server.ts";
import { checkPasswordStrength } from "#app/domain/password-strength.server.ts";
import { minutesUntil } from "#app/domain/throttle.ts";
import { createRegisterSchema } from "#app/forms/account-forms.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireAnonymous } from "#app/utils/auth.server.ts";
import { lookUpOrganisation, registerLookupEnabled } from "#app/utils/brreg.server.ts";
import { clientKeyOf } from "#app/utils/client.server.ts";
import { db } from "#app/utils/db.server.ts";
import { replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { delivered } from "#app/utils/mail.server.ts";
import { sendVerificationMail } from "#app/utils/membership-mail.server.ts";
import { startSession } from "#app/utils/session.server.ts";

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(
    matches,
    (t) => t("register.title"),
    (t) => t("meta.register"),
  );

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return { nameFromRegister: registerLookupEnabled() };
}

const LOOKUP_REFUSALS = { unknown: "register.lookup.unknown", deleted: "register.lookup.deleted" } as const;

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const { t, locale } = getTranslator(request);
  const schema = createRegisterSchema(t, checkPasswordStrength, { nameFromRegister: registerLookupEnabled() });
  const submission = parseWithZod(await request.formData(), { schema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const lookup = await lookUpOrganisation(submission.value.orgNumber);
  if (lookup.state === "unknown" || lookup.state === "deleted") {
    const fieldErrors = { orgNumber: [t(LOOKUP_REFUSALS[lookup.state])] };
    return data({ result: submission.reply({ fieldErrors, hideFields: ["password"] }) }, { status: 400 });
  }
  if (lookup.state === "unavailable") {
    const formErrors = [t("register.lookup.unavailable")];
    return data({ result: submission.reply({ formErrors, hideFields: ["password"] }) }, { status: 503 });
  }
  const organisationName = lookup.state === "found" ? lookup.name : submission.value.organisationName;
  const now = new Date();
  let outcome: Awaited<ReturnType<typeof registerEntrant>>;
  try {
    outcome = await registerEntrant(
      db,
      { ...submission.value, organisationName, locale, client: clientKeyOf(context) },
      now,
    );
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t, ["password"]);
    return data({ result }, { status });
  }
  if (!outcome.ok) {
    const formErrors = [t("register.limited", { minutes: minutesUntil(outcome.until, now) })];
    return data({ result: submission.reply({ formErrors, hideFields: ["password"] }) }, { status: 429 });
  }
  const { token, expiresAt } = outcome.verification;
  const account = { email: submission.value.email.toLowerCase(), name: submission.value.name, locale };
  // A failed send is no failure of the registration: the check-mail page can send the link again.
  await delivered(sendVerificationMail(account, token, expiresAt), "Verification mail");
  return redirect("/entrant", { headers: { "Set-Cookie": await startSession(outcome.userId, request) } });
}

export default function Register() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const { nameFromRegister } = useLoaderData<typeof loader>();
  const { module: validation, load: loadValidation } = useOnDemand(loadAccountValidation);
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: validation
      ? ({ formData }) => validation.validateRegistration(formData, t, { nameFromRegister })
      : undefined,
    // Until the check has loaded, fields are checked on submit by the server, as without JavaScript.
    shouldValidate: validation ? "onBlur" : "onSubmit",
    shouldRevalidate: validation ? "onInput" : "onSubmit",
  });
  return (
    <Page title={t("register.title")} narrow>
      <p className="mb-2">{t("register.intro")}</p>
      <p className="mb-6 text-sm text-ink-muted">{t("register.joinNote")}</p>
      <Form method="post" {...getFormProps(form)} onFocus={loadValidation} className="flex flex-col gap-4">
        <ErrorSummary form={form} />
        {nameFromRegister ? null : (
          <TextField
            field={fields.organisationName}
            label={t("account.organisationName")}
            autoComplete="organization"
          />
        )}
        <TextField
          field={fields.orgNumber}
          label={t("account.orgNumber")}
          hint={
            nameFromRegister ? `${t("account.orgNumberHint")} ${t("register.lookupHint")}` : t("account.orgNumberHint")
          }
          inputMode="numeric"
        />
        <TextField field={fields.name} label={t("account.name")} autoComplete="name" />
        <TextField field={fields.email} label={t("account.email")} type="email" autoComplete="email" />
        <NewPasswordField field={fields.password} />
        <Button>{t("register.submit")}</Button>
      </Form>
      <p className="mt-6">
        {t("register.haveAccount")} <TextLink to="/login">{t("nav.login")}</TextLink>
      </p>
    </Page>
  );
}
