import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { KeepParams } from "#app/components/ui/keep-params.tsx";
import { PageRange, Pagination } from "#app/components/ui/pagination.tsx";
import { SelectField } from "#app/components/ui/select-field.tsx";
import { SortHeader } from "#app/components/ui/sort-header.tsx";
import type { InvitationEventKind, InvitationState } from "#app/domain/invitation-history.ts";
import { INVITATION_LIST_FILTERS, type InvitationListFilter, type InvitationListSort } from "#app/domain/list-sorts.ts";
import type { PageInfo, SortDirection } from "#app/domain/paging.ts";
import type { MessageKey } from "#app/i18n/messages.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

export type InvitationRow = {
  id: number;
  email: string;
  state: InvitationState;
  lastSentAt: string;
  expiresAt: string;
  /** Oslo times, already formatted in the chair's language. */
  history: { kind: InvitationEventKind; at: string; linkId: number }[];
};

export type InvitationListView = {
  rows: InvitationRow[];
  page: PageInfo;
  all: number;
  stateCounts: Record<InvitationListFilter, number>;
};

/** The state filter: a GET form, so a filtered list can be linked and works without JavaScript. */
function InvitationFilter({ list, state }: { list: InvitationListView; state: InvitationListFilter | null }) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="mb-4 flex flex-wrap items-end gap-4" aria-label={t("jury.invite.filterForm")}>
      <KeepParams except={["state", "page", "outcome", "email"]} />
      <SelectField
        id="filter-invitation-state"
        name="state"
        label={t("jury.invite.column.state")}
        defaultValue={state ?? ""}
        emptyOption={`${t("lists.all")} (${list.all})`}
        options={INVITATION_LIST_FILTERS.map((item) => ({
          value: item,
          label: `${t(`jury.invite.filter.${item}`)} (${list.stateCounts[item]})`,
        }))}
      />
      <Button variant="secondary">{t("lists.show")}</Button>
    </Form>
  );
}

/**
 * One row per address, sortable by its headers and paged; each row's history (every link's sends
 * and endings) opens under it without JavaScript.
 */
export function InvitationList({
  list,
  sort,
  dir,
  state,
}: {
  list: InvitationListView;
  sort: InvitationListSort;
  dir: SortDirection;
  state: InvitationListFilter | null;
}) {
  const { t } = useTranslation();
  if (list.all === 0) return <p>{t("jury.invite.none")}</p>;
  const header = (key: InvitationListSort, label: MessageKey) => (
    <SortHeader label={t(label)} sortKey={key} sort={sort} dir={dir} className="pr-4" />
  );
  return (
    <>
      <InvitationFilter list={list} state={state} />
      {list.rows.length === 0 ? (
        <p>{t("lists.noneMatch")}</p>
      ) : (
        <>
          <PageRange page={list.page} />
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-gray-300">
                {header("email", "jury.invite.column.email")}
                {header("state", "jury.invite.column.state")}
                {header("lastSent", "jury.invite.column.lastSent")}
                <th scope="col" className="py-2">
                  {t("jury.invite.column.actions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((invitation) => (
                <InvitationTableRow key={invitation.email} invitation={invitation} />
              ))}
            </tbody>
          </table>
          <Pagination page={list.page} label={t("jury.invite.pages")} />
        </>
      )}
    </>
  );
}

function InvitationTableRow({ invitation }: { invitation: InvitationRow }) {
  const { t } = useTranslation();
  return (
    <tr className="border-b border-gray-200 align-top" data-testid="invitation">
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
  );
}
