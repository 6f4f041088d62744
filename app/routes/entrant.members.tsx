import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { MembersTable } from "#app/components/membership/members-table.tsx";
import { Page } from "#app/components/page.tsx";
import { FormError } from "#app/components/ui/form-error.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { decideMembership, listMembers } from "#app/domain/memberships.server.ts";
import { MEMBER_DECISIONS, type MemberDecision } from "#app/domain/memberships.ts";
import { createMemberDecisionSchema } from "#app/forms/account-forms.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { notFoundResponse, orRespond } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { decideAndNotify } from "#app/utils/membership-decisions.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("members.title"));

const isDecision = (value: string | null): value is MemberDecision =>
  MEMBER_DECISIONS.some((decision) => decision === value);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "entrant");
  if (user.organisationId === null) throw notFoundResponse();
  const { organisation, members } = orRespond(() => listMembers(db, user, user.organisationId!));
  const done = new URL(request.url).searchParams.get("done");
  return {
    organisation,
    members: members.map(({ createdAt: _createdAt, ...member }) => member),
    viewer: { id: user.id, isChair: false },
    isAdmin: user.membership === "admin",
    done: isDecision(done) ? done : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "entrant");
  if (user.organisationId === null) throw notFoundResponse();
  const { t } = getTranslator(request);
  const submission = parseWithZod(await request.formData(), { schema: createMemberDecisionSchema() });
  if (submission.status !== "success") return data({ error: t("members.badRequest") }, { status: 400 });
  const { userId, intent: decision } = submission.value;
  const outcome = await decideAndNotify(t, () =>
    decideMembership(db, user, { organisationId: user.organisationId!, userId, decision }, new Date()),
  );
  if ("error" in outcome) return data({ error: outcome.error }, { status: outcome.status });
  // Leaving ends this very session along with the account.
  if (outcome.closedUserId === user.id) return redirect("/");
  return redirect(`/entrant/members?done=${decision}`);
}

export default function Members() {
  const { organisation, members, viewer, isAdmin, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <Page title={t("members.title")} narrow>
      {done && !actionData ? <StatusMessage>{t(`members.done.${done}`)}</StatusMessage> : null}
      <FormError id="members-error" errors={actionData ? [actionData.error] : undefined} />
      <p className="mb-2 text-lg font-semibold">{organisation.name}</p>
      <p className="mb-6">{isAdmin ? t("members.intro") : t("members.onlyAdmins")}</p>
      <MembersTable members={members} viewer={viewer} canDecide={isAdmin} />
    </Page>
  );
}
