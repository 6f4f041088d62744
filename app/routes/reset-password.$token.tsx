import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { NewPasswordField } from "#app/components/new-password-field.tsx";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { DomainError } from "#app/domain/errors.ts";
import { completePasswordReset, findPasswordReset } from "#app/domain/password-reset.server.ts";
import { checkPasswordStrength } from "#app/domain/password-strength.server.ts";
import { createPasswordResetSchema } from "#app/forms/account-forms.ts";
import type { MessageKey } from "#app/i18n/messages.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { db } from "#app/utils/db.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { startOnlySession } from "#app/utils/session.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => t(data?.usable === false ? "passwordReset.unusableTitle" : "passwordReset.title"));

const UNUSABLE_MESSAGES = {
  unknown: "passwordReset.unknown",
  used: "passwordReset.used",
  expired: "passwordReset.expired",
} as const satisfies Record<string, MessageKey>;

// The token is the credential, so the page is open to anyone holding it, logged in or not. A link
// that cannot be used says why, with 404 (never existed) or 410 (spent or expired).
export function loader({ params }: LoaderFunctionArgs) {
  const link = findPasswordReset(db, params.token ?? "", new Date());
  if (link.state !== "pending") {
    return data(
      { usable: false as const, reason: UNUSABLE_MESSAGES[link.state], email: null, name: null },
      { status: link.state === "unknown" ? 404 : 410 },
    );
  }
  return { usable: true as const, reason: null, email: link.email, name: link.name };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const { t } = getTranslator(request);
  const link = findPasswordReset(db, token, new Date());
  const pagePath = `/reset-password/${encodeURIComponent(token)}`;
  if (link.state !== "pending") return redirect(pagePath);
  const submission = parseWithZod(await request.formData(), {
    schema: createPasswordResetSchema(t, link, checkPasswordStrength),
  });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  let userId: string;
  try {
    ({ userId } = await completePasswordReset(db, { token, password: submission.value.password }, new Date()));
  } catch (error) {
    // The same link posted twice at once: the second finds it spent and shows why.
    if (error instanceof DomainError) return redirect(pagePath);
    throw error;
  }
  return redirect("/profile?outcome=password-reset", {
    headers: { "Set-Cookie": await startOnlySession(userId, request) },
  });
}

export default function ResetPassword() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) =>
      parseWithZod(formData, { schema: createPasswordResetSchema(t, { email: loaderData.email ?? "" }) }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  if (!loaderData.usable) {
    return (
      <Page title={t("passwordReset.unusableTitle")} narrow>
        <p className="mb-6">{t(loaderData.reason)}</p>
        <TextLink to="/forgot-password">{t("passwordReset.askAgain")}</TextLink>
      </Page>
    );
  }
  return (
    <Page title={t("passwordReset.title")} narrow>
      <p className="mb-6">{t("passwordReset.intro", { email: loaderData.email })}</p>
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
        <ErrorSummary form={form} />
        {/* Lets a password manager file the new password under the right account. */}
        <input type="hidden" name="username" autoComplete="username" value={loaderData.email} />
        <NewPasswordField field={fields.password} />
        <Button>{t("passwordReset.submit")}</Button>
      </Form>
    </Page>
  );
}
