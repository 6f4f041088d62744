import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { NewPasswordField } from "#app/components/new-password-field.tsx";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { registerEntrant } from "#app/domain/accounts.server.ts";
import { checkPasswordStrength } from "#app/domain/password-strength.server.ts";
import { hashPassword } from "#app/domain/passwords.server.ts";
import { createRegisterSchema } from "#app/forms/account-forms.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireAnonymous } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { startSession } from "#app/utils/session.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("register.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const { t } = getTranslator(request);
  const submission = parseWithZod(await request.formData(), { schema: createRegisterSchema(t, checkPasswordStrength) });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const passwordHash = await hashPassword(submission.value.password);
  let userId: string;
  try {
    ({ userId } = registerEntrant(db, { ...submission.value, passwordHash }, new Date()));
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t, ["password"]);
    return data({ result }, { status });
  }
  return redirect("/entrant", { headers: { "Set-Cookie": await startSession(userId, request) } });
}

export default function Register() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createRegisterSchema(t) }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Page title={t("register.title")} narrow>
      <p className="mb-6">{t("register.intro")}</p>
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
        <TextField field={fields.organisationName} label={t("account.organisationName")} autoComplete="organization" />
        <TextField
          field={fields.orgNumber}
          label={t("account.orgNumber")}
          hint={t("account.orgNumberHint")}
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
