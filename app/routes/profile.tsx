import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { NewPasswordField } from "#app/components/new-password-field.tsx";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { checkPasswordStrength } from "#app/domain/password-strength.server.ts";
import { changePassword, recordLogoutEverywhere } from "#app/domain/profile.server.ts";
import { minutesUntil } from "#app/domain/throttle.ts";
import { createProfileSchema } from "#app/forms/account-forms.ts";
import type { MessageKey } from "#app/i18n/messages.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { clientKeyOf } from "#app/utils/client.server.ts";
import { db } from "#app/utils/db.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { endEverySession, startOnlySession } from "#app/utils/session.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("profile.title"));

const OUTCOME_MESSAGES = {
  "password-changed": "profile.passwordChanged",
  "password-reset": "profile.passwordReset",
} as const satisfies Record<string, MessageKey>;

const isOutcome = (value: string | null): value is keyof typeof OUTCOME_MESSAGES =>
  value !== null && Object.hasOwn(OUTCOME_MESSAGES, value);

// Every role has this page: it is about the account, not about the award.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const outcome = new URL(request.url).searchParams.get("outcome");
  return {
    account: { name: user.name, email: user.email, role: user.role },
    notice: isOutcome(outcome) ? OUTCOME_MESSAGES[outcome] : null,
  };
}

const PASSWORD_FIELDS = ["currentPassword", "password"];

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { t } = getTranslator(request);
  const submission = parseWithZod(await request.formData(), {
    schema: createProfileSchema(t, user, checkPasswordStrength),
  });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: PASSWORD_FIELDS }) }, { status: 400 });
  }
  const now = new Date();
  switch (submission.value.intent) {
    case "log-out-everywhere": {
      recordLogoutEverywhere(db, user.id, now);
      return redirect("/login?notice=logged-out-everywhere", {
        headers: { "Set-Cookie": await endEverySession(user.id, request) },
      });
    }
    case "change-password": {
      const account = { userId: user.id, email: user.email, client: clientKeyOf(context) };
      const { currentPassword, password } = submission.value;
      const outcome = await changePassword(db, account, { current: currentPassword, next: password }, now);
      if (!outcome.ok) {
        const reply =
          outcome.reason === "wrong-credentials"
            ? { fieldErrors: { currentPassword: [t("profile.changePassword.wrongCurrent")] } }
            : {
                formErrors: [
                  outcome.reason === "locked"
                    ? t("login.lockedOut", { minutes: minutesUntil(outcome.until, now) })
                    : t("login.busy"),
                ],
              };
        return data(
          { result: submission.reply({ ...reply, hideFields: PASSWORD_FIELDS }) },
          { status: outcome.reason === "wrong-credentials" ? 400 : 429 },
        );
      }
      return redirect("/profile?outcome=password-changed", {
        headers: { "Set-Cookie": await startOnlySession(user.id, request) },
      });
    }
  }
}

export default function Profile() {
  const { account, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "change-password",
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createProfileSchema(t, account) }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Page title={t("profile.title")}>
      {notice ? <StatusMessage>{t(notice)}</StatusMessage> : null}
      <Section title={t("profile.account")}>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
          <dt className="font-medium">{t("account.name")}</dt>
          <dd>{account.name}</dd>
          <dt className="font-medium">{t("account.email")}</dt>
          <dd>{account.email}</dd>
          <dt className="font-medium">{t("profile.role")}</dt>
          <dd>{t(`profile.role.${account.role}`)}</dd>
        </dl>
      </Section>
      <Section title={t("profile.changePassword")}>
        <p className="mb-4">{t("profile.changePassword.intro")}</p>
        <Form method="post" {...getFormProps(form)} className="flex max-w-md flex-col gap-4">
          <ErrorSummary form={form} />
          <input type="hidden" name="username" autoComplete="username" value={account.email} />
          <TextField
            field={fields.currentPassword}
            label={t("account.currentPassword")}
            type="password"
            autoComplete="current-password"
          />
          <NewPasswordField field={fields.password} label={t("account.newPassword")} />
          <Button name="intent" value="change-password">
            {t("profile.changePassword.submit")}
          </Button>
        </Form>
      </Section>
      <Section title={t("profile.logoutEverywhere")}>
        <p className="mb-4">{t("profile.logoutEverywhere.intro")}</p>
        <Form method="post">
          <Button name="intent" value="log-out-everywhere" variant="secondary">
            {t("profile.logoutEverywhere.submit")}
          </Button>
        </Form>
      </Section>
      <Section title={t("profile.data")}>
        <p className="mb-4">{t("profile.data.intro")}</p>
        <TextLink to="/profile/data.json" reloadDocument>
          {t("profile.data.download")}
        </TextLink>
      </Section>
      <Section title={t("profile.delete")}>
        <p className="mb-4">{t("profile.delete.intro")}</p>
        <TextLink to="/profile/delete">{t("profile.delete.link")}</TextLink>
      </Section>
    </Page>
  );
}
