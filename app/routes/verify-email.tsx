import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { sendNewVerificationLink } from "#app/domain/accounts.server.ts";
import { findAccountStanding } from "#app/domain/memberships.server.ts";
import { HOME_BY_ROLE } from "#app/domain/roles.ts";
import { minutesUntil } from "#app/domain/throttle.ts";
import { createVerifyEmailSchema } from "#app/forms/account-forms.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireSignedIn } from "#app/utils/auth.server.ts";
import { clientKeyOf } from "#app/utils/client.server.ts";
import { db } from "#app/utils/db.server.ts";
import { replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { delivered } from "#app/utils/mail.server.ts";
import { sendVerificationMail } from "#app/utils/membership-mail.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("verify.title"));

/** The one page an account with an unproven address can see (besides logging out). */
async function requireUnverified(request: Request) {
  const user = await requireSignedIn(request);
  if (findAccountStanding(db, user.id)?.verified) throw redirect(HOME_BY_ROLE[user.role]);
  return user;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUnverified(request);
  return { email: user.email, resent: new URL(request.url).searchParams.has("sent") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUnverified(request);
  const { t } = getTranslator(request);
  const submission = parseWithZod(await request.formData(), { schema: createVerifyEmailSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const now = new Date();
  const email = submission.value.intent === "correct" ? submission.value.email : undefined;
  let outcome: ReturnType<typeof sendNewVerificationLink>;
  try {
    outcome = sendNewVerificationLink(db, { userId: user.id, client: clientKeyOf(context), email }, now);
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t);
    return data({ result }, { status });
  }
  if (!outcome.ok) {
    const formErrors = [t("verify.limited", { minutes: minutesUntil(outcome.until, now) })];
    return data({ result: submission.reply({ formErrors }) }, { status: 429 });
  }
  const { token, expiresAt, ...account } = outcome.mail;
  if (!(await delivered(sendVerificationMail(account, token, expiresAt), "Verification mail"))) {
    return data({ result: submission.reply({ formErrors: [t("verify.mailFailed")] }) }, { status: 502 });
  }
  return redirect("/verify-email?sent");
}

export default function VerifyEmail() {
  const { email, resent } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createVerifyEmailSchema(t) }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Page title={t("verify.title")} narrow>
      {resent && !actionData ? <StatusMessage>{t("verify.resent", { email })}</StatusMessage> : null}
      <p className="mb-6">{t("verify.intro", { email })}</p>
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
        <ErrorSummary form={form} />
        <Button name="intent" value="resend" variant="secondary" formNoValidate>
          {t("verify.resend")}
        </Button>
        <Section title={t("verify.correct.title")} className="mt-6">
          <p className="mb-4">{t("verify.correct.intro")}</p>
          <div className="flex flex-col gap-4">
            <TextField field={fields.email} label={t("account.email")} type="email" autoComplete="email" />
            <Button name="intent" value="correct">
              {t("verify.correct.submit")}
            </Button>
          </div>
        </Section>
      </Form>
    </Page>
  );
}
