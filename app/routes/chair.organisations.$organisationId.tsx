import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { HandOverForm } from "#app/components/membership/hand-over-form.tsx";
import { MembersTable } from "#app/components/membership/members-table.tsx";
import { Page } from "#app/components/page.tsx";
import { FormError } from "#app/components/ui/form-error.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { DEFAULT_LOCALE } from "#app/domain/locales.ts";
import { decideMembership, handOverOrganisation, listMembers } from "#app/domain/memberships.server.ts";
import { MEMBER_DECISIONS } from "#app/domain/memberships.ts";
import { createHandOverSchema, createMemberDecisionSchema } from "#app/forms/account-forms.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { orRespond, parseId, replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { delivered } from "#app/utils/mail.server.ts";
import { decideAndNotify } from "#app/utils/membership-decisions.server.ts";
import { sendHandOverMail } from "#app/utils/membership-mail.server.ts";
import { formatOrgNumber } from "#app/domain/org-number.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("organisations.title"));

const DONE = [...MEMBER_DECISIONS, "hand-over"] as const;
type Done = (typeof DONE)[number];
const isDone = (value: string | null): value is Done => DONE.some((done) => done === value);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "chair");
  const { organisation, members } = orRespond(() => listMembers(db, user, parseId(params.organisationId)));
  const done = new URL(request.url).searchParams.get("done");
  return {
    organisation,
    members: members.map(({ createdAt: _createdAt, ...member }) => member),
    viewer: { id: user.id, isChair: true },
    done: isDone(done) ? done : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const organisationId = parseId(params.organisationId);
  const { t } = getTranslator(request);
  const formData = await request.formData();
  const now = new Date();

  // Two kinds of form post here: the members table's buttons and the hand-over form.
  if (formData.get("intent") === "hand-over") {
    const submission = parseWithZod(formData, { schema: createHandOverSchema(t) });
    if (submission.status !== "success") return data({ handOver: submission.reply(), error: null }, { status: 400 });
    const { userId, email, name, previousAdmins, reason } = submission.value;
    const to = userId ? { userId } : { email: email ?? "", name: name ?? "", locale: DEFAULT_LOCALE };
    let outcome: ReturnType<typeof handOverOrganisation>;
    try {
      outcome = handOverOrganisation(db, user, { organisationId, to, previousAdmins, reason }, now);
    } catch (error) {
      const { result, status } = replyForDomainError(submission, error, t);
      return data({ handOver: result, error: null }, { status });
    }
    if (outcome.newAccount) {
      await delivered(sendHandOverMail(outcome.newAccount, outcome.organisationName), "Hand-over mail");
    }
    return redirect(`/chair/organisations/${organisationId}?done=hand-over`);
  }

  const submission = parseWithZod(formData, { schema: createMemberDecisionSchema() });
  if (submission.status !== "success") {
    return data({ handOver: undefined, error: t("members.badRequest") }, { status: 400 });
  }
  const { userId, intent: decision } = submission.value;
  const outcome = await decideAndNotify(t, () => decideMembership(db, user, { organisationId, userId, decision }, now));
  if ("error" in outcome) return data({ handOver: undefined, error: outcome.error }, { status: outcome.status });
  return redirect(`/chair/organisations/${organisationId}?done=${decision}`);
}

export default function ChairOrganisation() {
  const { organisation, members, viewer, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const candidates = members
    .filter((member) => member.membership !== "admin")
    .map((member) => ({ id: member.id, label: `${member.name} <${member.email}>` }));
  return (
    <Page title={`${organisation.name} (${formatOrgNumber(organisation.orgNumber)})`}>
      <p className="mb-6">
        <TextLink to="/chair/organisations">{t("organisations.title")}</TextLink>
      </p>
      {done && !actionData ? (
        <StatusMessage>{t(done === "hand-over" ? "handOver.done" : `members.done.${done}`)}</StatusMessage>
      ) : null}
      <FormError id="members-error" errors={actionData?.error ? [actionData.error] : undefined} />
      <MembersTable members={members} viewer={viewer} canDecide />
      <HandOverForm candidates={candidates} lastResult={actionData?.handOver} />
    </Page>
  );
}
