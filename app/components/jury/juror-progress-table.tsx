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
import { REMIND_INTENTS } from "#app/forms/remind-intents.ts";
import type { MessageKey } from "#app/i18n/messages.ts";
import { ConflictCount } from "#app/components/conflicts/conflict-count.tsx";
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
  rows: JurorProgress[];
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
 * A page of jurors' sheets in one round, sortable by its column headers, and while the round is
 * open a button to remind those behind (all of them, whichever page is shown).
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
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination page={jurors.page} param={ROWS[round].page} label={t(ROWS[round].pages)} />
        </>
      )}
      {canRemind ? (
        jurors.standingCounts.behind > 0 ? (
          <Form method="post" className="mt-3">
            <input type="hidden" name="competitionId" value={competitionId} />
            <Button name="intent" value={REMIND_INTENTS[round]} variant="secondary">
              {t(ROWS[round].remind)}
            </Button>
          </Form>
        ) : (
          <p>{t("jury.admin.noneBehind")}</p>
        )
      ) : null}
    </>
  );
}
