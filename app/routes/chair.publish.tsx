import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CompetitionPicker } from "#app/components/competition/competition-picker.tsx";
import { Page } from "#app/components/page.tsx";
import { FeedbackSection } from "#app/components/publication/feedback-section.tsx";
import { FinalRoundSection } from "#app/components/publication/final-round-section.tsx";
import { StageSection } from "#app/components/publication/stage-section.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { getCompetitionWithCategories, setCompetitionSwitch } from "#app/domain/competitions.server.ts";
import { findCompetitionOrNewest, listCompetitions } from "#app/domain/competition-lookup.server.ts";
import { finalRoundState } from "#app/domain/jury.server.ts";
import {
  openFinalRound,
  preparePublication,
  publicationStatus,
  publishDraft,
  setFinalRoundLock,
  shortOfSheetsNow,
  undeliveredMails,
  winnerCandidates,
} from "#app/domain/publication.server.ts";
import type { PublicationStage } from "#app/domain/publication.ts";
import { publishBlockers } from "#app/domain/publication-freeze.ts";
import {
  createPublicationSchema,
  overridesOf,
  parseFigureVersions,
  parseOutboxPages,
  reasoningsOf,
  shownWinnersOf,
  stageOfIntent,
} from "#app/forms/publication-forms.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { competitionFromForm } from "#app/utils/competition-form.server.ts";
import { db } from "#app/utils/db.server.ts";
import { optionalId, orRespond, replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";
import { publicAgreementText, storedConfidenceView } from "#app/utils/published-confidence-text.server.ts";
import { deliverResultMails, resultMailComposer } from "#app/utils/results-mail.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("publish.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const words = getTranslator(request);
  const { locale } = words;
  const url = new URL(request.url);
  const competitions = listCompetitions(db).map(({ id, name }) => ({ id, name }));
  const competition = orRespond(() => findCompetitionOrNewest(db, optionalId(url.searchParams.get("competition"))));
  if (!competition) return { competitions, competition: null };
  const pages = url.searchParams;
  const status = publicationStatus(db, competition.id, parseOutboxPages(pages), parseFigureVersions(pages));
  const stageView = (stage: PublicationStage) => {
    const row = status[stage];
    if (!row) return null;
    const { publishedAt, confidence, ...view } = row;
    return {
      ...view,
      confidence: storedConfidenceView(confidence, words),
      agreement: publicAgreementText(view.preview.agreement, words),
      published: publishedAt ? formatDateTime(publishedAt, locale) : null,
    };
  };
  const finalRound = finalRoundState(db, competition.id, new Date());
  return {
    competitions,
    competition: {
      id: competition.id,
      name: competition.name,
      year: competition.year,
      locked: competition.scoringLockedAt !== null,
      // Said beside the buttons rather than found out by pressing them.
      waitsForDeadline: publishBlockers(competition, new Date()).includes("submission-open")
        ? formatDateTime(competition.submissionDeadlineAt, locale)
        : null,
      shareFeedback: competition.shareFeedback,
      finalRound: finalRound && {
        state: finalRound.locked ? ("locked" as const) : ("open" as const),
        open: finalRound.open,
        deadline: finalRound.deadline ? formatDateTime(finalRound.deadline, locale) : null,
        progress: finalRound.progress,
      },
    },
    categories: getCompetitionWithCategories(db, competition.id).categories.map(({ id, name }) => ({ id, name })),
    winners: winnerCandidates(db, competition.id),
    shortOfSheets: shortOfSheetsNow(db, competition.id),
    stages: { finalists: stageView("finalists"), winners: stageView("winners") },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const { t } = getTranslator(request);
  const formData = await request.formData();
  const competition = competitionFromForm(formData);
  const submission = parseWithZod(formData, { schema: createPublicationSchema(t) });
  // Which section shows the outcome: a stage's, the final round's (its deadline), or none.
  const formStage =
    submission.payload.intent === "open-final-round"
      ? ("final-round" as const)
      : stageOfIntent(submission.payload.intent);
  if (submission.status !== "success") return data({ stage: formStage, result: submission.reply() }, { status: 400 });
  const now = new Date();
  const back = (outcome: Record<string, string> = {}) =>
    redirect(`/chair/publish?${new URLSearchParams({ competition: String(competition.id), ...outcome })}`);
  const published = (stage: PublicationStage, { sent, failed }: { sent: number; failed: number }) =>
    back({ published: stage, sent: String(sent), failed: String(failed) });

  const value = submission.value;
  try {
    switch (value.intent) {
      case "share-on":
      case "share-off":
        setCompetitionSwitch(db, user.id, competition.id, "shareFeedback", value.intent === "share-on", now);
        return back();
      case "open-final-round":
        openFinalRound(db, user.id, competition.id, value.finalRoundDeadline, now);
        return back();
      // The lock's buttons have no form to show an error on: a refusal is an error page.
      case "lock-final-round":
      case "unlock-final-round":
        orRespond(() => setFinalRoundLock(db, user.id, competition.id, value.intent === "lock-final-round", now));
        return back();
      case "prepare-finalists":
      case "prepare-winners": {
        const input =
          value.intent === "prepare-finalists"
            ? { stage: "finalists" as const, finalistCount: value.finalistCount, overrides: overridesOf(value) }
            : {
                stage: "winners" as const,
                reasonings: reasoningsOf(value),
                shownWinners: shownWinnersOf(value),
                overrideReason: value.overrideReason,
              };
        const showAgreement = value.showAgreement === "on";
        preparePublication(db, user.id, competition.id, { ...input, showAgreement }, resultMailComposer(), now);
        return back({ prepared: input.stage });
      }
      case "publish-finalists":
      case "publish-winners": {
        const stage = stageOfIntent(value.intent);
        return published(stage, await deliverResultMails(publishDraft(db, user.id, competition.id, stage, now)));
      }
      case "resend-finalists":
      case "resend-winners": {
        const stage = stageOfIntent(value.intent);
        return published(stage, await deliverResultMails(undeliveredMails(db, competition.id, stage)));
      }
    }
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t);
    return data({ stage: formStage, result }, { status });
  }
}

function Outcome() {
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  return (
    <>
      {searchParams.get("published") ? (
        <StatusMessage>
          {t("publish.publishedNow", {
            sent: searchParams.get("sent") ?? "0",
            failed: searchParams.get("failed") ?? "0",
          })}
        </StatusMessage>
      ) : null}
      {searchParams.get("prepared") ? <StatusMessage>{t("publish.prepared")}</StatusMessage> : null}
    </>
  );
}

export default function ChairPublish() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  if (!loaded.competition) {
    return (
      <Page title={t("publish.title")}>
        <p>{t("chair.noCompetitions")}</p>
      </Page>
    );
  }
  const { competition, competitions, categories, winners, shortOfSheets, stages } = loaded;
  const finalistsPublished = Boolean(stages.finalists?.published);
  const ready = competition.locked && competition.waitsForDeadline === null;
  const canPrepare = {
    finalists: ready && !finalistsPublished,
    winners: ready && !stages.winners?.published && finalistsPublished && competition.finalRound?.state !== "open",
  };
  const stageSection = (stage: PublicationStage) => (
    <StageSection
      stage={stage}
      competitionId={competition.id}
      ready={ready}
      canPrepare={canPrepare[stage]}
      view={stages[stage]}
      categories={categories}
      winners={winners}
      shortOfSheets={shortOfSheets}
      lastResult={actionData?.stage === stage ? actionData.result : undefined}
    />
  );
  return (
    <Page title={t("publish.title")}>
      <Outcome />
      <CompetitionPicker competitions={competitions} selected={competition} />
      <p className="mb-4">{t("publish.intro")}</p>
      <p className="mb-6 flex flex-wrap gap-4">
        <TextLink to={`/chair/ranking?competition=${competition.id}`}>{t("ranking.title")}</TextLink>
        <TextLink to={`/results/${competition.year}`}>{t("publish.publicPage")}</TextLink>
        {finalistsPublished ? (
          <TextLink to={`/chair/publish/correct?competition=${competition.id}`}>{t("correct.title")}</TextLink>
        ) : null}
      </p>
      {!competition.locked ? (
        <p role="alert" className="mb-6 rounded-md border border-red-700 p-3">
          {t("publish.lockFirst")}{" "}
          <TextLink to={`/chair/jury?competition=${competition.id}`}>{t("jury.admin.title")}</TextLink>
        </p>
      ) : null}
      {competition.waitsForDeadline ? (
        <p role="alert" className="mb-6 rounded-md border border-red-700 p-3">
          {t("publish.waitsForDeadline", { deadline: competition.waitsForDeadline })}
        </p>
      ) : null}
      {stageSection("finalists")}
      <FinalRoundSection
        competitionId={competition.id}
        finalRound={competition.finalRound}
        finalistsPublished={finalistsPublished}
        winnersPublished={Boolean(stages.winners?.published)}
        lastResult={actionData?.stage === "final-round" ? actionData.result : undefined}
      />
      {stageSection("winners")}
      <FeedbackSection competitionId={competition.id} sharing={competition.shareFeedback} />
    </Page>
  );
}
