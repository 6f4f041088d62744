import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { FormError } from "#app/components/ui/form-error.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { inviteJuror, listInvitations, resendInvitation, revokeInvitation } from "#app/domain/invitations.server.ts";
import { createInviteSchema } from "#app/forms/jury-forms.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { orRespond, parseId, replyForDomainError } from "#app/utils/http.server.ts";
import { sendInvitationMail } from "#app/utils/jury-mail.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { delivered } from "#app/utils/mail.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const { locale } = getTranslator(request);
  return {
    invitations: listInvitations(db, new Date()).map((invitation) => ({
      ...invitation,
      expiresAt: formatDateTime(invitation.expiresAt, locale),
      createdAt: formatDateTime(invitation.createdAt, locale),
    })),
  };
}

/** The outcome of a mail is shown after the redirect, so a failed send is never silent. */
function done(outcome: "sent" | "resent" | "revoked" | "mail-failed", email: string) {
  return redirect(`/chair/jurors?${new URLSearchParams({ outcome, email })}`);
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const { t } = getTranslator(request);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const now = new Date();

  if (intent === "invite") {
    const submission = parseWithZod(formData, { schema: createInviteSchema(t) });
    if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
    let invitation;
    try {
      invitation = inviteJuror(db, user.id, submission.value.email, now);
    } catch (error) {
      const { result, status } = replyForDomainError(submission, error, t);
      return data({ result }, { status });
    }
    const sent = await delivered(
      sendInvitationMail(request, submission.value.email, invitation.token, invitation.expiresAt),
      "Invitation mail",
    );
    return done(sent ? "sent" : "mail-failed", submission.value.email);
  }

  const invitationId = parseId(String(formData.get("invitationId") ?? ""));
  if (intent === "resend") {
    const { token, email, expiresAt } = orRespond(() => resendInvitation(db, user.id, invitationId, now));
    const sent = await delivered(sendInvitationMail(request, email, token, expiresAt), "Invitation mail");
    return done(sent ? "resent" : "mail-failed", email);
  }
  if (intent === "revoke") {
    orRespond(() => revokeInvitation(db, user.id, invitationId, now));
    return done("revoked", String(formData.get("email") ?? ""));
  }
  return data({ result: null }, { status: 400 });
}

const OUTCOME_MESSAGES = {
  sent: "jury.invite.sent",
  resent: "jury.invite.resent",
  revoked: "jury.invite.revoked",
  "mail-failed": "jury.invite.mailFailed",
} as const;

export default function Jurors() {
  const { invitations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createInviteSchema(t) }),
    shouldValidate: "onBlur",
  });
  const outcome = searchParams.get("outcome") as keyof typeof OUTCOME_MESSAGES | null;
  return (
    <Page title={t("jury.invite.title")}>
      {outcome && OUTCOME_MESSAGES[outcome] && !actionData ? (
        <StatusMessage>{t(OUTCOME_MESSAGES[outcome], { email: searchParams.get("email") ?? "" })}</StatusMessage>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="mb-8 flex max-w-md flex-col gap-3">
        <h2 className="text-xl font-semibold">{t("jury.invite.heading")}</h2>
        <FormError id={form.errorId} errors={form.errors} />
        <TextField field={fields.email} label={t("jury.invite.email")} type="email" autoComplete="off" />
        <Button name="intent" value="invite" className="self-start">
          {t("jury.invite.submit")}
        </Button>
      </Form>
      <h2 className="mb-2 text-xl font-semibold">{t("jury.invite.list")}</h2>
      {invitations.length === 0 ? (
        <p>{t("jury.invite.none")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {invitations.map((invitation) => (
            <li
              key={invitation.id}
              className="flex flex-wrap items-center gap-3 rounded-md border border-gray-200 p-3"
              data-testid="invitation"
            >
              <span className="font-medium">{invitation.email}</span>
              <span className="text-sm text-ink-muted">
                {t(`jury.invite.state.${invitation.state}`, { date: invitation.expiresAt })}
              </span>
              {invitation.state !== "accepted" ? (
                <Form method="post" className="flex gap-2">
                  <input type="hidden" name="invitationId" value={invitation.id} />
                  <input type="hidden" name="email" value={invitation.email} />
                  <Button
                    name="intent"
                    value="resend"
                    variant="secondary"
                    aria-label={t("jury.invite.resend", { email: invitation.email })}
                  >
                    {t("jury.invite.resendShort")}
                  </Button>
                  {invitation.state === "pending" ? (
                    <Button
                      name="intent"
                      value="revoke"
                      variant="secondary"
                      aria-label={t("jury.invite.revoke", { email: invitation.email })}
                    >
                      {t("jury.invite.revokeShort")}
                    </Button>
                  ) : null}
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
