import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { InvitationList } from "#app/components/jury/invitation-list.tsx";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorSummary } from "#app/components/ui/error-summary.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { TextField } from "#app/components/ui/text-field.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { inviteJuror, listInvitations, resendInvitation, revokeInvitation } from "#app/domain/invitations.server.ts";
import { createInviteSchema } from "#app/forms/jury-forms.ts";
import { createJurorInvitationIntentSchema } from "#app/forms/juror-invitation-forms.ts";
import { parseInvitationListParams } from "#app/forms/list-params.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { orRespond, replyForDomainError } from "#app/utils/http.server.ts";
import { sendInvitationMail } from "#app/utils/jury-mail.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { delivered } from "#app/utils/mail.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("jury.invite.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const { locale } = getTranslator(request);
  const params = parseInvitationListParams(new URL(request.url).searchParams);
  const list = listInvitations(db, params, new Date());
  return {
    params,
    invitations: {
      ...list,
      rows: list.rows.map((invitation) => ({
        ...invitation,
        expiresAt: formatDateTime(invitation.expiresAt, locale),
        lastSentAt: formatDateTime(invitation.lastSentAt, locale),
        history: invitation.history.map((event) => ({ ...event, at: formatDateTime(event.at, locale) })),
      })),
    },
  };
}

/** The outcome of a mail is shown after the redirect, so a failed send is never silent. */
function done(outcome: "sent" | "resent" | "revoked" | "mail-failed", email: string) {
  return redirect(`/chair/jurors?${new URLSearchParams({ outcome, email })}`);
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const { t } = getTranslator(request);
  const submission = parseWithZod(await request.formData(), { schema: createJurorInvitationIntentSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const { value } = submission;
  const now = new Date();

  switch (value.intent) {
    case "invite": {
      let invitation;
      try {
        invitation = inviteJuror(db, user.id, value.email, now);
      } catch (error) {
        const { result, status } = replyForDomainError(submission, error, t);
        return data({ result }, { status });
      }
      const sent = await delivered(
        sendInvitationMail(request, value.email, invitation.token, invitation.expiresAt),
        "Invitation mail",
      );
      return done(sent ? "sent" : "mail-failed", value.email);
    }
    case "resend": {
      const { token, email, expiresAt } = orRespond(() => resendInvitation(db, user.id, value.invitationId, now));
      const sent = await delivered(sendInvitationMail(request, email, token, expiresAt), "Invitation mail");
      return done(sent ? "resent" : "mail-failed", email);
    }
    case "revoke":
      orRespond(() => revokeInvitation(db, user.id, value.invitationId, now));
      return done("revoked", value.email);
  }
}

const OUTCOME_MESSAGES = {
  sent: "jury.invite.sent",
  resent: "jury.invite.resent",
  revoked: "jury.invite.revoked",
  "mail-failed": "jury.invite.mailFailed",
} as const;

function isOutcome(value: string | null): value is keyof typeof OUTCOME_MESSAGES {
  return value !== null && Object.hasOwn(OUTCOME_MESSAGES, value);
}

export default function Jurors() {
  const { invitations, params } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createInviteSchema(t) }),
    shouldValidate: "onBlur",
  });
  const outcome = searchParams.get("outcome");
  return (
    <Page title={t("jury.invite.title")} wide>
      {isOutcome(outcome) && !actionData ? (
        <StatusMessage>{t(OUTCOME_MESSAGES[outcome], { email: searchParams.get("email") ?? "" })}</StatusMessage>
      ) : null}
      <p className="mb-6">
        <TextLink to="/chair/conflicts">{t("conflicts.link")}</TextLink>
      </p>
      <Section title={t("jury.invite.heading")} className="mb-8 max-w-md">
        <Form method="post" {...getFormProps(form)} className="flex flex-col gap-3">
          <ErrorSummary form={form} />
          <TextField field={fields.email} label={t("jury.invite.email")} type="email" autoComplete="off" />
          <Button name="intent" value="invite" className="self-start">
            {t("jury.invite.submit")}
          </Button>
        </Form>
      </Section>
      <Section title={t("jury.invite.list")}>
        <InvitationList list={invitations} sort={params.sort} dir={params.dir} state={params.state ?? null} />
      </Section>
    </Page>
  );
}
