import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { CompetitionPicker } from "#app/components/competition/competition-picker.tsx";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { caseReference } from "#app/domain/cases.server.ts";
import {
  findCompetition,
  findCompetitionOrNewest,
  listCompetitions,
  setCompetitionSwitch,
} from "#app/domain/competitions.server.ts";
import { isRoundOpen, isScoringOpen } from "#app/domain/deadlines.ts";
import { DomainError } from "#app/domain/errors.ts";
import type { JurorStanding, ScoringRound } from "#app/domain/jury-states.ts";
import {
  applyCompetitionAssignment,
  juryProgress,
  type JurorProgress,
  jurorsByIds,
  planCompetitionAssignment,
  planFingerprint,
  recordReminders,
  setScoringLock,
} from "#app/domain/jury.server.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import type { MessageKey } from "#app/i18n/messages.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { optionalId, orRespond } from "#app/utils/http.server.ts";
import { sendAssignmentMail, sendFinalRoundReminderMail, sendReminderMail } from "#app/utils/jury-mail.server.ts";
import { competitionFromForm } from "#app/utils/competition-form.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { failedDeliveries } from "#app/utils/mail.server.ts";

type Competition = NonNullable<ReturnType<typeof findCompetition>>;

function standings(competition: Competition, now: Date, round: ScoringRound = "main") {
  const progress = juryProgress(db, competition.id, round, now);
  return {
    byJuror: progress.byJuror,
    byCase: progress.byCase.map((item) => ({ ...item, reference: caseReference(competition.year, item.caseId) })),
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const { locale } = getTranslator(request);
  const competition = orRespond(() =>
    findCompetitionOrNewest(db, optionalId(new URL(request.url).searchParams.get("competition"))),
  );
  const competitions = listCompetitions(db).map(({ id, name }) => ({ id, name }));
  if (!competition) return { competitions, competition: null };
  const now = new Date();
  return {
    competitions,
    competition: {
      id: competition.id,
      name: competition.name,
      minScoreSheets: competition.minScoreSheets,
      scoringDeadline: formatDateTime(competition.scoringDeadlineAt, locale),
      deadlinePassed: now >= competition.scoringDeadlineAt,
      lockedAt: competition.scoringLockedAt ? formatDateTime(competition.scoringLockedAt, locale) : null,
      isBlindJudging: competition.isBlindJudging,
      scoringOpen: isScoringOpen(competition, now),
    },
    finalRound: competition.finalRoundOpenedAt
      ? { open: isRoundOpen("final", competition, now), byJuror: standings(competition, now, "final").byJuror }
      : null,
    ...standings(competition, now),
  };
}

function previewOf(competition: Competition) {
  const plan = planCompetitionAssignment(db, competition.id);
  const jurorNames = new Map(
    jurorsByIds(db, [...new Set(plan.assignments.map((item) => item.jurorId))]).map((juror) => [juror.id, juror.name]),
  );
  const caseIds = [...new Set(plan.assignments.map((item) => item.caseId))];
  return {
    fingerprint: planFingerprint(plan),
    count: plan.assignments.length,
    cases: caseIds.map((caseId) => ({
      reference: caseReference(competition.year, caseId),
      jurors: plan.assignments
        .filter((item) => item.caseId === caseId)
        .map((item) => jurorNames.get(item.jurorId) ?? ""),
    })),
    shortfalls: plan.shortfalls.map((item) => ({
      reference: caseReference(competition.year, item.caseId),
      missing: item.missing,
    })),
  };
}

function backTo(competitionId: number, outcome?: Record<string, string>) {
  return redirect(`/chair/jury?${new URLSearchParams({ competition: String(competitionId), ...outcome })}`);
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const { t } = getTranslator(request);
  const formData = await request.formData();
  const competition = competitionFromForm(formData);
  const now = new Date();

  switch (formData.get("intent")) {
    case "lock":
    case "unlock":
      orRespond(() => setScoringLock(db, user.id, competition.id, formData.get("intent") === "lock", now));
      return backTo(competition.id);
    case "blind-on":
    case "blind-off":
      setCompetitionSwitch(db, user.id, competition.id, "blindJudging", formData.get("intent") === "blind-on", now);
      return backTo(competition.id);
    case "preview":
      return { preview: previewOf(competition), error: null };
    case "save-plan": {
      let added;
      try {
        added = applyCompetitionAssignment(db, user.id, competition.id, String(formData.get("fingerprint") ?? ""), now);
      } catch (error) {
        if (!(error instanceof DomainError) || error.kind !== "conflict") throw error;
        return data({ preview: previewOf(competition), error: t(error.messageKey) }, { status: 409 });
      }
      const jurors = new Map(
        jurorsByIds(
          db,
          added.map((item) => item.jurorId),
        ).map((juror) => [juror.id, juror]),
      );
      const failed = await failedDeliveries(
        added.map((item) =>
          sendAssignmentMail(request, jurors.get(item.jurorId)!, item.caseIds.length, competition.scoringDeadlineAt),
        ),
        "Assignment mail",
      );
      const count = added.reduce((sum, item) => sum + item.caseIds.length, 0);
      return backTo(competition.id, { outcome: "assigned", count: String(count), failed: String(failed) });
    }
    case "remind":
    case "remind-final": {
      const round: ScoringRound = formData.get("intent") === "remind-final" ? "final" : "main";
      if (!isRoundOpen(round, competition, now)) throw data({ reason: "jury.sheet.closed" }, { status: 403 });
      const behind = standings(competition, now, round).byJuror.filter((juror) => juror.standing === "behind");
      const failed = await failedDeliveries(
        behind.map((juror) => {
          const progress = { done: juror.final, total: juror.assigned };
          return round === "main"
            ? sendReminderMail(request, juror, progress, competition.scoringDeadlineAt)
            : sendFinalRoundReminderMail(request, juror, progress);
        }),
        "Reminder mail",
      );
      recordReminders(
        db,
        user.id,
        competition.id,
        behind.map((juror) => juror.jurorId),
        now,
      );
      return backTo(competition.id, {
        outcome: "reminded",
        count: String(behind.length - failed),
        failed: String(failed),
      });
    }
    default:
      return data({ preview: null, error: null }, { status: 400 });
  }
}

const STANDING_LABELS: Record<JurorStanding, MessageKey> = {
  none: "jury.admin.noneAssigned",
  done: "jury.admin.done",
  behind: "jury.admin.behind",
  late: "jury.admin.late",
};

const OUTCOME_MESSAGES = { assigned: "jury.admin.assigned", reminded: "jury.admin.reminded" } as const;

function Outcome() {
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const outcome = searchParams.get("outcome");
  if (outcome !== "assigned" && outcome !== "reminded") return null;
  const failed = Number(searchParams.get("failed") ?? 0);
  return (
    <StatusMessage>
      <p>{t(OUTCOME_MESSAGES[outcome], { count: Number(searchParams.get("count") ?? 0) })}</p>
      {failed > 0 ? (
        <p className="font-semibold text-red-800">{t("jury.admin.mailFailed", { count: failed })}</p>
      ) : null}
    </StatusMessage>
  );
}

export default function ChairJury() {
  const loaded = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  if (!loaded.competition) {
    return (
      <Page title={t("jury.admin.title")}>
        <p>{t("chair.noCompetitions")}</p>
      </Page>
    );
  }
  const { competition, competitions, byJuror, byCase, finalRound } = loaded;
  const hidden = <input type="hidden" name="competitionId" value={competition.id} />;
  return (
    <Page title={t("jury.admin.title")}>
      <Outcome />
      <CompetitionPicker competitions={competitions} selected={competition} />
      <p className="mb-6">
        <Link to="/chair/jurors" className="text-brand-700 underline">
          {t("jury.admin.manage")}
        </Link>
      </p>

      <section
        aria-labelledby="settings-heading"
        className="mb-8 flex flex-col gap-3 rounded-md border border-gray-300 p-4"
      >
        <h2 id="settings-heading" className="text-xl font-semibold">
          {t("jury.admin.settings")}
        </h2>
        <p data-testid="scoring-state">
          {competition.lockedAt
            ? t("jury.admin.locked", { time: competition.lockedAt })
            : competition.deadlinePassed
              ? t("jury.admin.deadlinePassed", { deadline: competition.scoringDeadline })
              : t("jury.admin.open", { deadline: competition.scoringDeadline })}
        </p>
        <Form method="post">
          {hidden}
          <Button name="intent" value={competition.lockedAt ? "unlock" : "lock"} variant="secondary">
            {competition.lockedAt ? t("jury.admin.unlock") : t("jury.admin.lock")}
          </Button>
        </Form>
        <p>{competition.isBlindJudging ? t("jury.admin.blindOn") : t("jury.admin.blindOff")}</p>
        <Form method="post">
          {hidden}
          <Button name="intent" value={competition.isBlindJudging ? "blind-off" : "blind-on"} variant="secondary">
            {competition.isBlindJudging ? t("jury.admin.blindToggleOff") : t("jury.admin.blindToggleOn")}
          </Button>
        </Form>
      </section>

      <AutoAssignment
        competitionId={competition.id}
        minScoreSheets={competition.minScoreSheets}
        hasJurors={byJuror.length > 0}
      />

      <section aria-labelledby="jurors-heading" className="mb-8">
        <h2 id="jurors-heading" className="mb-2 text-xl font-semibold">
          {t("jury.admin.progressByJuror")}
        </h2>
        {byJuror.length === 0 ? (
          <p>{t("jury.admin.noJurors")}</p>
        ) : (
          <JurorProgress
            byJuror={byJuror}
            canRemind={competition.scoringOpen}
            intent="remind"
            label={t("jury.admin.remind")}
          />
        )}
      </section>

      {finalRound ? (
        <section aria-labelledby="final-round-heading" className="mb-8 rounded-md border-2 border-accent-500 p-4">
          <h2 id="final-round-heading" className="mb-2 text-xl font-semibold">
            {t("jury.admin.finalRound")}
          </h2>
          {finalRound.open ? null : <p className="mb-2">{t("jury.admin.finalRoundLocked")}</p>}
          <JurorProgress
            byJuror={finalRound.byJuror}
            canRemind={finalRound.open}
            intent="remind-final"
            label={t("jury.admin.remindFinal")}
          />
        </section>
      ) : null}

      <section aria-labelledby="cases-heading">
        <h2 id="cases-heading" className="mb-2 text-xl font-semibold">
          {t("jury.admin.progressByCase")}
        </h2>
        {byCase.length === 0 ? (
          <p>{t("jury.admin.noCases")}</p>
        ) : (
          <table className="w-full text-left">
            <thead>
              <tr className="border-b">
                <th scope="col" className="py-2">
                  {t("jury.admin.case")}
                </th>
                <th scope="col">{t("jury.admin.assignedCount")}</th>
                <th scope="col">{t("jury.admin.sheets")}</th>
                <th scope="col">{t("jury.admin.conflicts")}</th>
                <th scope="col">{t("jury.admin.status")}</th>
              </tr>
            </thead>
            <tbody>
              {byCase.map((item) => (
                <tr key={item.caseId} className="border-b" data-testid="case-progress">
                  <th scope="row" className="py-2 font-medium">
                    <Link to={`/chair/cases/${item.caseId}`} className="text-brand-700 underline">
                      {item.reference}
                    </Link>{" "}
                    <span className="font-normal">{item.title || t("case.list.untitled")}</span>
                  </th>
                  <td>{item.assigned}</td>
                  <td>
                    {item.final} / {competition.minScoreSheets}
                  </td>
                  <td>{item.conflicts}</td>
                  <td className={item.assigned < competition.minScoreSheets ? "font-semibold text-red-800" : ""}>
                    {item.assigned < competition.minScoreSheets ? t("jury.admin.needsJurors") : t("jury.admin.enough")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </Page>
  );
}

function AutoAssignment({
  competitionId,
  minScoreSheets,
  hasJurors,
}: {
  competitionId: number;
  minScoreSheets: number;
  hasJurors: boolean;
}) {
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const preview = actionData && "preview" in actionData ? actionData.preview : null;
  const error = actionData && "error" in actionData ? actionData.error : null;
  return (
    <section
      aria-labelledby="assign-heading"
      className="mb-8 flex flex-col gap-3 rounded-md border border-gray-300 p-4"
    >
      <h2 id="assign-heading" className="text-xl font-semibold">
        {t("jury.admin.autoAssign")}
      </h2>
      <p>{t("jury.admin.autoAssignHint", { min: minScoreSheets })}</p>
      <Form method="post">
        <input type="hidden" name="competitionId" value={competitionId} />
        <Button name="intent" value="preview" variant="secondary" disabled={!hasJurors}>
          {t("jury.admin.preview")}
        </Button>
      </Form>
      {error ? (
        <p role="alert" className="font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      {preview ? (
        <div data-testid="assignment-preview" className="flex flex-col gap-3">
          {preview.count === 0 ? (
            <p>{t("jury.admin.previewNone")}</p>
          ) : (
            <>
              <p>{t("jury.admin.previewSummary", { count: preview.count })}</p>
              <table className="w-full text-left">
                <thead>
                  <tr className="border-b">
                    <th scope="col" className="py-2">
                      {t("jury.admin.case")}
                    </th>
                    <th scope="col">{t("jury.admin.previewJurors")}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.cases.map((item) => (
                    <tr key={item.reference} className="border-b">
                      <th scope="row" className="py-2 font-medium">
                        {item.reference}
                      </th>
                      <td>{item.jurors.join(", ")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {preview.shortfalls.length > 0 ? (
            <ul role="alert" className="list-disc pl-6 text-red-800">
              {preview.shortfalls.map((item) => (
                <li key={item.reference}>
                  {t("jury.admin.shortfall", { case: item.reference, missing: item.missing })}
                </li>
              ))}
            </ul>
          ) : null}
          {preview.count > 0 ? (
            <Form method="post">
              <input type="hidden" name="competitionId" value={competitionId} />
              <input type="hidden" name="fingerprint" value={preview.fingerprint} />
              <Button name="intent" value="save-plan" disabled={navigation.state === "submitting"}>
                {t("jury.admin.savePlan")}
              </Button>
            </Form>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function JurorProgress({
  byJuror,
  canRemind,
  intent,
  label,
}: {
  byJuror: JurorProgress[];
  canRemind: boolean;
  intent: string;
  label: string;
}) {
  const loaded = useLoaderData<typeof loader>();
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
            <tr
              key={juror.jurorId}
              className="border-b"
              data-testid={intent === "remind" ? "juror-progress" : "final-round-progress"}
            >
              <th scope="row" className="py-2 font-medium">
                {juror.name}
              </th>
              <td>{juror.assigned}</td>
              <td>{juror.final}</td>
              <td>{juror.conflicts}</td>
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
            <input type="hidden" name="competitionId" value={loaded.competition?.id} />
            <Button name="intent" value={intent} variant="secondary">
              {label}
            </Button>
          </Form>
        ) : (
          <p>{t("jury.admin.noneBehind")}</p>
        )
      ) : null}
    </>
  );
}
