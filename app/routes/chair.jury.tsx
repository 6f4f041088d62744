import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CompetitionPicker } from "#app/components/competition/competition-picker.tsx";
import { AssignmentSection } from "#app/components/jury/assignment-section.tsx";
import { CaseProgressFilterForm, CaseProgressTable } from "#app/components/jury/case-progress-table.tsx";
import { JurorFilter, JurorProgressTable } from "#app/components/jury/juror-progress-table.tsx";
import { ScoringSettings } from "#app/components/jury/scoring-settings.tsx";
import { Page } from "#app/components/page.tsx";
import { ProgressBar } from "#app/components/ui/progress-bar.tsx";
import { Section } from "#app/components/ui/section.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { setCompetitionSwitch } from "#app/domain/competitions.server.ts";
import { findCompetitionOrNewest, listCompetitions } from "#app/domain/competition-lookup.server.ts";
import { isScoringOpen } from "#app/domain/deadlines.ts";
import { DomainError } from "#app/domain/errors.ts";
import { hasPublished } from "#app/domain/publication.server.ts";
import { roundsTakingReminders } from "#app/domain/reminders.server.ts";
import { assignmentPreview, juryOverview, saveAssignmentPlan, setScoringLock } from "#app/domain/jury.server.ts";
import { juryOverviewSchema } from "#app/forms/jury-overview-forms.ts";
import { parseJuryOverviewParams } from "#app/forms/list-params.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { countPhrase } from "#app/i18n/plural.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { competitionFromForm } from "#app/utils/competition-form.server.ts";
import { db } from "#app/utils/db.server.ts";
import { optionalId, orRespond, throwAsResponse } from "#app/utils/http.server.ts";
import { sendAssignmentMails } from "#app/utils/jury-mail.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("jury.admin.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const { locale } = getTranslator(request);
  const searchParams = new URL(request.url).searchParams;
  const competition = orRespond(() => findCompetitionOrNewest(db, optionalId(searchParams.get("competition"))));
  const params = parseJuryOverviewParams(searchParams);
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
      published: hasPublished(db, competition.id),
      scoringOpen: isScoringOpen(competition, now),
      remindable: roundsTakingReminders(db, competition.id, now),
    },
    lists: {
      jurorSort: params.jsort,
      jurorDir: params.jdir,
      standing: params.jstanding ?? null,
      caseSort: params.csort,
      caseDir: params.cdir,
      caseFilter: params.cstatus ?? null,
      search: params.q ?? "",
    },
    ...juryOverview(db, competition.id, now, {
      jurors: { sort: params.jsort, dir: params.jdir, page: params.jpage, standing: params.jstanding },
      finalPage: params.fpage,
      cases: { sort: params.csort, dir: params.cdir, page: params.cpage, filter: params.cstatus, search: params.q },
    }),
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
  const submission = parseWithZod(formData, { schema: juryOverviewSchema });
  if (submission.status !== "success") return data({ preview: null, error: null }, { status: 400 });
  const value = submission.value;
  const now = new Date();

  switch (value.intent) {
    case "lock":
    case "unlock":
      orRespond(() => setScoringLock(db, user.id, competition.id, value.intent === "lock", now));
      return backTo(competition.id);
    case "blind-on":
    case "blind-off":
      orRespond(() =>
        setCompetitionSwitch(db, user.id, competition.id, "blindJudging", value.intent === "blind-on", now),
      );
      return backTo(competition.id);
    case "preview":
      return { preview: assignmentPreview(db, competition.id), error: null };
    case "save-plan": {
      let assigned;
      try {
        assigned = saveAssignmentPlan(db, user.id, competition.id, value.fingerprint, now);
      } catch (error) {
        // The plan moved since the preview: show the new one and say why.
        if (!(error instanceof DomainError) || error.kind !== "conflict") throwAsResponse(error);
        return data(
          { preview: assignmentPreview(db, competition.id), error: t(error.messageKey, error.options.params) },
          { status: 409 },
        );
      }
      const failed = await sendAssignmentMails(assigned, competition.scoringDeadlineAt);
      const count = assigned.reduce((sum, juror) => sum + juror.caseCount, 0);
      return backTo(competition.id, { outcome: "assigned", count: String(count), failed: String(failed) });
    }
  }
}

/** What the last post did, from the address it redirected to (the reminder page redirects here too). */
function Outcome() {
  const [searchParams] = useSearchParams();
  const { t, locale } = useTranslation();
  const outcome = searchParams.get("outcome");
  const count = Number(searchParams.get("count") ?? 0);
  const failed = Number(searchParams.get("failed") ?? 0);
  let message: string;
  if (outcome === "assigned") message = t("jury.admin.assigned", { count });
  else if (outcome === "reminded")
    message = countPhrase(t, locale, count, { one: "jury.admin.reminded.one", other: "jury.admin.reminded.other" });
  else if (outcome === "alreadyReminded") message = t("jury.admin.alreadyReminded");
  else return null;
  return (
    <StatusMessage>
      <p>{message}</p>
      {failed > 0 ? (
        <p className="font-semibold text-red-800">{t("jury.admin.mailFailed", { count: failed })}</p>
      ) : null}
    </StatusMessage>
  );
}

export default function ChairJury() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  if (!loaded.competition) {
    return (
      <Page title={t("jury.admin.title")}>
        <p>{t("chair.noCompetitions")}</p>
      </Page>
    );
  }
  const { competition, competitions, lists, jurors, cases, finalRound } = loaded;
  return (
    <Page title={t("jury.admin.title")} wide>
      <Outcome />
      <CompetitionPicker competitions={competitions} selected={competition} />
      <p className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <TextLink to="/chair/jurors">{t("jury.admin.manage")}</TextLink>
        <TextLink to="/chair/conflicts">{t("conflicts.link")}</TextLink>
        <TextLink to={`/chair/jury/calibration?competition=${competition.id}`}>{t("calibration.link")}</TextLink>
      </p>
      <ScoringSettings competition={competition} />
      <AssignmentSection
        competitionId={competition.id}
        minScoreSheets={competition.minScoreSheets}
        hasJurors={jurors.all > 0}
        preview={actionData?.preview ?? null}
        error={actionData?.error ?? null}
      />
      <Section title={t("jury.admin.progressByJuror")} className="mb-8">
        {jurors.all === 0 ? (
          <p>{t("jury.admin.noJurors")}</p>
        ) : (
          <>
            <JurorFilter jurors={jurors} standing={lists.standing} />
            <JurorProgressTable
              round="main"
              jurors={jurors}
              sort={lists.jurorSort}
              dir={lists.jurorDir}
              competitionId={competition.id}
              canRemind={competition.remindable.main}
            />
          </>
        )}
      </Section>
      {finalRound ? (
        <Section title={t("jury.admin.finalRound")} className="mb-8 rounded-md border-2 border-accent-500 p-4">
          {finalRound.deadline ? (
            <p className="mb-2" data-testid="final-round-deadline">
              {t("finalRound.deadline", { deadline: formatDateTime(finalRound.deadline, locale) })}
            </p>
          ) : null}
          {finalRound.locked ? <p className="mb-2">{t("jury.admin.finalRoundLocked")}</p> : null}
          <ProgressBar
            label={t("finalRound.progress", finalRound.progress)}
            done={finalRound.progress.done}
            total={finalRound.progress.total}
            testId="final-round-bar"
          />
          <JurorProgressTable
            round="final"
            jurors={finalRound.jurors}
            sort={lists.jurorSort}
            dir={lists.jurorDir}
            competitionId={competition.id}
            canRemind={competition.remindable.final}
          />
        </Section>
      ) : null}
      <Section title={t("jury.admin.progressByCase")}>
        <CaseProgressFilterForm filter={lists.caseFilter} search={lists.search} />
        <CaseProgressTable
          cases={cases}
          sort={lists.caseSort}
          dir={lists.caseDir}
          minScoreSheets={competition.minScoreSheets}
        />
      </Section>
    </Page>
  );
}
