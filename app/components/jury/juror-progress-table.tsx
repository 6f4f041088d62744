import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import type { JurorProgress } from "#app/domain/jury.server.ts";
import type { JurorStanding, ScoringRound } from "#app/domain/jury-states.ts";
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
  main: { testId: "juror-progress", remind: "jury.admin.remind" },
  final: { testId: "final-round-progress", remind: "jury.admin.remindFinal" },
} as const satisfies Record<ScoringRound, { testId: string; remind: MessageKey }>;

/** Each juror's sheets in one round, and while it is open a button to remind those behind. */
export function JurorProgressTable({
  round,
  byJuror,
  competitionId,
  canRemind,
}: {
  round: ScoringRound;
  byJuror: JurorProgress[];
  competitionId: number;
  canRemind: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <table className="mb-3 w-full text-left">
        <thead>
          <tr className="border-b">
            <th scope="col" className="py-2">
              {t("jury.admin.juror")}
            </th>
            <th scope="col">{t("jury.admin.assignedCount")}</th>
            <th scope="col">{t("jury.admin.finalCount")}</th>
            <th scope="col">{t("jury.admin.conflicts")}</th>
            <th scope="col">{t("jury.admin.status")}</th>
          </tr>
        </thead>
        <tbody>
          {byJuror.map((juror) => (
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
      {canRemind ? (
        byJuror.some((juror) => juror.standing === "behind") ? (
          <Form method="post">
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
