import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { useTranslation } from "#app/i18n/use-translation.ts";

type InvitationEventKind = "sent" | "resent" | "replaced" | "revoked" | "accepted" | "expired";

export type InvitationRow = {
  id: number;
  email: string;
  state: "pending" | "accepted" | "replaced" | "revoked" | "expired";
  lastSentAt: string;
  expiresAt: string;
  /** Oslo times, already formatted in the chair's language. */
  history: { kind: InvitationEventKind; at: string; linkId: number }[];
};

/** One row per address; its history (every link's sends and endings) opens under it, without JavaScript. */
export function InvitationList({ invitations }: { invitations: InvitationRow[] }) {
  const { t } = useTranslation();
  if (invitations.length === 0) return <p>{t("jury.invite.none")}</p>;
  return (
    <table className="w-full border-collapse text-left text-sm">
      <thead>
        <tr className="border-b border-gray-300">
          <th scope="col" className="py-2 pr-4">
            {t("jury.invite.column.email")}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t("jury.invite.column.state")}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t("jury.invite.column.lastSent")}
          </th>
          <th scope="col" className="py-2">
            {t("jury.invite.column.actions")}
          </th>
        </tr>
      </thead>
      <tbody>
        {invitations.map((invitation) => (
          <tr key={invitation.email} className="border-b border-gray-200 align-top" data-testid="invitation">
            <td className="py-2 pr-4">
              <span className="font-medium">{invitation.email}</span>
              <details className="mt-1" data-testid="invitation-history">
                <summary className="cursor-pointer text-ink-muted">
                  {t("jury.invite.history", { email: invitation.email })}
                </summary>
                <ol className="mt-1 flex flex-col gap-1">
                  {invitation.history.map((event, index) => (
                    <li key={index}>
                      <time className="tabular-nums">{event.at}</time> – {t(`jury.invite.event.${event.kind}`)}
                    </li>
                  ))}
                </ol>
              </details>
            </td>
            <td className="py-2 pr-4">{t(`jury.invite.state.${invitation.state}`, { date: invitation.expiresAt })}</td>
            <td className="py-2 pr-4 tabular-nums">{invitation.lastSentAt}</td>
            <td className="py-2">
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
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
