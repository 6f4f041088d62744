import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { TieFields } from "#app/components/conflicts/tie-fields.tsx";
import { NewPasswordField } from "#app/components/new-password-field.tsx";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { acceptInvitation, attemptInvitation, findInvitation } from "#app/domain/invitations.server.ts";
import { checkPasswordStrength } from "#app/domain/password-strength.server.ts";
import { hashPassword } from "#app/domain/passwords.server.ts";
import { minutesUntil } from "#app/domain/throttle.ts";
import { createAcceptInvitationWithTiesSchema, tiesOf } from "#app/forms/tie-forms.ts";
import type { MessageKey } from "#app/i18n/messages.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { clientKeyOf } from "#app/utils/client.server.ts";
import { db } from "#app/utils/db.server.ts";
import { replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { startSession } from "#app/utils/session.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => t(data?.usable === false ? "jury.accept.unusableTitle" : "jury.accept.title"));

const UNUSABLE_MESSAGES: Record<string, MessageKey> = {
  unknown: "jury.accept.unknown",
  accepted: "jury.accept.accepted",
  expired: "jury.accept.expired",
  revoked: "jury.accept.revoked",
  replaced: "jury.accept.replaced",
};

// Open to anyone holding the link: the token is the credential. A link that cannot be used gets
// a page that says why, with the status a browser and a crawler should see.
export function loader({ params }: LoaderFunctionArgs) {
  const invitation = findInvitation(db, params.token ?? "", new Date());
  if (invitation.state !== "pending") {
    return data(
      { usable: false as const, reason: UNUSABLE_MESSAGES[invitation.state]!, email: null },
      { status: invitation.state === "unknown" ? 404 : 410 },
    );
  }
  return { usable: true as const, reason: null, email: invitation.email! };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const { t } = getTranslator(request);
  const now = new Date();
  const invitation = attemptInvitation(db, token, clientKeyOf(context), now);
  if (invitation.state === "limited") {
    // Refused before the strength check and Argon2; the form comes back as typed, less the password.
    const submission = parseWithZod(await request.formData(), {
      schema: createAcceptInvitationWithTiesSchema(t, invitation.email),
    });
    const minutes = minutesUntil(invitation.until, now);
    const result = submission.reply({ formErrors: [t("jury.accept.limited", { minutes })], hideFields: ["password"] });
    return data({ result }, { status: 429 });
  }
  if (invitation.state !== "pending") return redirect(`/invitations/${encodeURIComponent(token)}`);
  const submission = parseWithZod(await request.formData(), {
    schema: createAcceptInvitationWithTiesSchema(t, invitation.email, checkPasswordStrength),
  });
  if (submission.status !== "success")
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  const passwordHash = await hashPassword(submission.value.password);
  const ties = tiesOf(submission.value);
  let userId: string;
  try {
    ({ userId } = acceptInvitation(db, token, { name: submission.value.name, passwordHash, ties }, now));
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t, ["password"]);
    return data({ result }, { status });
  }
  return redirect("/jury", { headers: { "Set-Cookie": await startSession(userId, request) } });
}

export default function AcceptInvitation() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) =>
      parseWithZod(formData, { schema: createAcceptInvitationWithTiesSchema(t, loaderData.email ?? "") }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  if (!loaderData.usable) {
    return (
      <Page title={t("jury.accept.unusableTitle")} narrow>
        <p className="mb-6">{t(loaderData.reason)}</p>
        <TextLink to="/login">{t("nav.login")}</TextLink>
      </Page>
    );
  }
  return (
    <Page title={t("jury.accept.title")} narrow>
      <p className="mb-6">{t("jury.accept.intro", { email: loaderData.email })}</p>
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
        <ErrorSummary form={form} />
        <TextField field={fields.name} label={t("account.name")} autoComplete="name" />
        <NewPasswordField field={fields.password} />
        <Section title={t("ties.acceptHeading")} className="flex flex-col gap-4">
          <p>{t("ties.intro")}</p>
          <TieFields fields={fields} />
        </Section>
        <Button>{t("jury.accept.submit")}</Button>
      </Form>
    </Page>
  );
}
