import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { KeepParams } from "#app/components/ui/keep-params.tsx";
import { PageRange, Pagination } from "#app/components/ui/pagination.tsx";
import { SelectField } from "#app/components/ui/select-field.tsx";
import { SortHeader } from "#app/components/ui/sort-header.tsx";
import type { JurorProgress } from "#app/domain/jury.server.ts";
import { JUROR_STANDINGS, type JurorStanding, type ScoringRound } from "#app/domain/jury-states.ts";
import type { JurorProgressSort } from "#app/domain/list-sorts.ts";
import type { PageInfo, SortDirection } from "#app/domain/paging.ts";
import type { MessageKey } from "#app/i18n/messages.ts";
import { ConflictCount } from "#app/components/conflicts/conflict-count.tsx";
import { formatDateTime } from "#app/i18n/format.ts";
import { countPhrase } from "#app/i18n/plural.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

const STANDING_LABELS: Record<JurorStanding, MessageKey> = {
  none: "jury.admin.noneAssigned",
  done: "jury.admin.done",
  behind: "jury.admin.behind",
  late: "jury.admin.late",
};

const ROWS = {
  main: { testId: "juror-progress", remind: "jury.admin.remind", page: "jpage", pages: "lists.jurorPages" },
  final: {
    testId: "final-round-progress",
    remind: "jury.admin.remindFinal",
    page: "fpage",
    pages: "lists.finalRoundPages",
  },
} as const satisfies Record<ScoringRound, { testId: string; remind: MessageKey; page: string; pages: MessageKey }>;

export type JurorProgressPage = {
  /** `reminded`: when the juror was reminded of this round, newest first. */
  rows: (JurorProgress & { reminded: Date[] })[];
  page: PageInfo;
  all: number;
  standingCounts: Record<JurorStanding, number>;
};

/** The jurors' standing filter: a GET form that keeps the page's other lists as they are. */
export function JurorFilter({ jurors, standing }: { jurors: JurorProgressPage; standing: JurorStanding | null }) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="mb-4 flex flex-wrap items-end gap-4" aria-label={t("lists.filterJurors")}>
      <KeepParams except={["jstanding", "jpage", "outcome", "count", "failed"]} />
      <SelectField
        id="filter-standing"
        name="jstanding"
        label={t("lists.jurorFilter")}
        defaultValue={standing ?? ""}
        emptyOption={`${t("lists.all")} (${jurors.all})`}
        options={JUROR_STANDINGS.map((item) => ({
          value: item,
          label: `${t(STANDING_LABELS[item])} (${jurors.standingCounts[item]})`,
        }))}
      />
      <Button variant="secondary">{t("lists.show")}</Button>
    </Form>
  );
}

/**
 * A page of jurors' sheets in one round, sortable by its column headers, when each was last
 * reminded too; while the round takes reminders, a button to the reminder page, where the chair picks
 * from every juror with unfinished sheets (whichever page is shown) and previews before sending.
 */
export function JurorProgressTable({
  round,
  jurors,
  sort,
  dir,
  competitionId,
  canRemind,
}: {
  round: ScoringRound;
  jurors: JurorProgressPage;
  sort: JurorProgressSort;
  dir: SortDirection;
  competitionId: number;
  canRemind: boolean;
}) {
  const { t } = useTranslation();
  const names = { sort: "jsort", dir: "jdir", page: ROWS[round].page };
  const header = (key: JurorProgressSort, label: MessageKey) => (
    <SortHeader label={t(label)} sortKey={key} sort={sort} dir={dir} params={names} />
  );
  return (
    <>
      {jurors.rows.length === 0 ? (
        <p className="mb-3">{t("lists.noneMatch")}</p>
      ) : (
        <>
          <PageRange page={jurors.page} />
          <table className="mb-3 w-full text-left">
            <thead>
              <tr className="border-b">
                {header("name", "jury.admin.juror")}
                {header("assigned", "jury.admin.assignedCount")}
                {header("final", "jury.admin.finalCount")}
                {header("conflicts", "jury.admin.conflicts")}
                {header("standing", "jury.admin.status")}
                {header("reminded", "reminders.lastReminded")}
              </tr>
            </thead>
            <tbody>
              {jurors.rows.map((juror) => (
                <tr key={juror.jurorId} className="border-b" data-testid={ROWS[round].testId}>
                  <th scope="row" className="py-2 font-medium">
                    {juror.name}
                  </th>
                  <td>{juror.assigned}</td>
                  <td>{juror.final}</td>
                  <td>
                    <ConflictCount declared={juror.conflicts} flagged={juror.flagged} />
                  </td>
                  <td className={juror.standing === "late" ? "font-semibold text-red-800" : ""}>
                    {t(STANDING_LABELS[juror.standing])}
                  </td>
                  <td data-testid="juror-reminded">
                    <ReminderHistory sentAt={juror.reminded} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination page={jurors.page} param={ROWS[round].page} label={t(ROWS[round].pages)} />
        </>
      )}
      {canRemind ? (
        jurors.standingCounts.behind > 0 ? (
          <Form method="get" action="/chair/jury/reminders" className="mt-3">
            <input type="hidden" name="competition" value={competitionId} />
            <input type="hidden" name="round" value={round} />
            <Button variant="secondary">{t(ROWS[round].remind)}</Button>
          </Form>
        ) : (
          <p>{t("jury.admin.noneBehind")}</p>
        )
      ) : null}
    </>
  );
}

/** "27.11.2026, 10:15 · 2 ganger", and every time under it, folded away (Oslo time). */
function ReminderHistory({ sentAt }: { sentAt: Date[] }) {
  const { t, locale } = useTranslation();
  const [last] = sentAt;
  if (!last) return <span className="text-ink-muted">{t("reminders.never")}</span>;
  const times = countPhrase(t, locale, sentAt.length, { one: "reminders.times.one", other: "reminders.times.other" });
  if (sentAt.length === 1) return <span>{`${formatDateTime(last, locale)} · ${times}`}</span>;
  return (
    <details>
      <summary className="cursor-pointer">{`${formatDateTime(last, locale)} · ${times}`}</summary>
      <ul className="mt-1 text-sm">
        {sentAt.map((at, index) => (
          <li key={index}>{formatDateTime(at, locale)}</li>
        ))}
      </ul>
    </details>
  );
}
