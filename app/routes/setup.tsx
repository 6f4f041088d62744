import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { NewPasswordField } from "#app/components/new-password-field.tsx";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { createFirstChair, isSetupTokenValid } from "#app/domain/accounts.server.ts";
import { checkPasswordStrength } from "#app/domain/password-strength.server.ts";
import { hashPassword } from "#app/domain/passwords.server.ts";
import { createSetupSchema } from "#app/forms/account-forms.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { db } from "#app/utils/db.server.ts";
import { notFoundResponse, replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { startSession } from "#app/utils/session.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("setup.title"));

// Once a chair exists, or with a wrong token, the page does not exist at all.
export function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  if (!isSetupTokenValid(db, token)) throw notFoundResponse();
  return { token };
}

export async function action({ request }: ActionFunctionArgs) {
  const { t } = getTranslator(request);
  const submission = parseWithZod(await request.formData(), { schema: createSetupSchema(t, checkPasswordStrength) });
  if (submission.status !== "success") {
    const { token } = submission.payload;
    if (!isSetupTokenValid(db, typeof token === "string" ? token : "")) throw notFoundResponse();
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const { token, ...chair } = submission.value;
  if (!isSetupTokenValid(db, token)) throw notFoundResponse();
  const passwordHash = await hashPassword(chair.password);
  let userId: string;
  try {
    ({ userId } = createFirstChair(db, token, { ...chair, passwordHash }, new Date()));
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t, ["password"]);
    return data({ result }, { status });
  }
  return redirect("/chair", { headers: { "Set-Cookie": await startSession(userId, request) } });
}

export default function Setup() {
  const { token } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: { token },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createSetupSchema(t) }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Page title={t("setup.title")} narrow>
      <p className="mb-6">{t("setup.intro")}</p>
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
        <ErrorSummary form={form} />
        <input {...getInputProps(fields.token, { type: "hidden" })} key={fields.token.key} />
        <TextField field={fields.name} label={t("account.name")} autoComplete="name" />
        <TextField field={fields.email} label={t("account.email")} type="email" autoComplete="email" />
        <NewPasswordField field={fields.password} />
        <Button>{t("setup.submit")}</Button>
      </Form>
    </Page>
  );
}
