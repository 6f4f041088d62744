import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import type { Membership, MemberDecision } from "#app/domain/memberships.ts";
import type { MessageKey } from "#app/i18n/messages.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

export type MemberView = { id: string; name: string; email: string; membership: Membership | null; verified: boolean };

/** Which buttons a row gets: the rules themselves are the domain's; this only leaves out the pointless. */
function decisionsFor(member: MemberView, viewer: { id: string; isChair: boolean }): MemberDecision[] {
  if (!member.verified) return [];
  const self = member.id === viewer.id;
  switch (member.membership) {
    case "pending":
      return ["approve", "refuse"];
    case "member":
      return ["make-admin", "remove"];
    case "admin":
      return self || viewer.isChair ? ["step-down", "remove"] : ["remove"];
    default:
      return [];
  }
}

const LABELS: Record<MemberDecision, MessageKey> = {
  approve: "members.approve",
  refuse: "members.refuse",
  remove: "members.remove",
  "make-admin": "members.makeAdmin",
  "step-down": "members.stepDown",
};

/**
 * A company's people with a button per decision. `canDecide` is false for ordinary members, who
 * see the list but may only leave.
 */
export function MembersTable({
  members,
  viewer,
  canDecide,
}: {
  members: MemberView[];
  viewer: { id: string; isChair: boolean };
  canDecide: boolean;
}) {
  const { t } = useTranslation();
  return (
    <table className="w-full border-collapse text-left">
      <thead>
        <tr className="border-b border-gray-300">
          <th scope="col" className="py-2 pr-4">
            {t("members.name")}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t("members.email")}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t("members.status")}
          </th>
          <th scope="col" className="py-2">
            {t("members.actions")}
          </th>
        </tr>
      </thead>
      <tbody>
        {members.map((member) => {
          const self = member.id === viewer.id;
          const decisions = canDecide ? decisionsFor(member, viewer) : self ? (["remove"] as const) : [];
          return (
            <tr key={member.id} className="border-b border-gray-200 align-top">
              <td className="py-2 pr-4">
                {member.name} {self ? <span className="text-ink-muted">{t("members.you")}</span> : null}
              </td>
              <td className="py-2 pr-4 break-all">{member.email}</td>
              <td className="py-2 pr-4">
                {member.verified && member.membership
                  ? t(`members.status.${member.membership}`)
                  : t("members.status.unverified")}
              </td>
              <td className="py-2">
                <Form method="post" className="flex flex-wrap gap-2">
                  <input type="hidden" name="userId" value={member.id} />
                  {decisions.map((decision) => (
                    <Button key={decision} name="intent" value={decision} variant="secondary" className="text-sm">
                      {self && decision === "remove" ? t("members.leave") : t(LABELS[decision])}
                    </Button>
                  ))}
                </Form>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
