import type { Submission } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { CaseVersionHistory } from "#app/components/case/case-versions.tsx";
import { Page } from "#app/components/page.tsx";
import { CalibrationFirst } from "#app/components/calibration/calibration-first.tsx";
import { ChangedSinceScored } from "#app/components/scoring/changed-since-scored.tsx";
import { ConflictQuestion } from "#app/components/scoring/conflict-question.tsx";
import { ScoreSheet } from "#app/components/scoring/score-sheet.tsx";
import { storedSheetValues, type JurorScoring } from "#app/components/scoring/sheet-values.ts";
import { neutralAttachmentName } from "#app/domain/attachments.ts";
import { CASE_TEXT_FIELDS } from "#app/domain/case-fields.ts";
import { getCaseHistory } from "#app/domain/case-history.server.ts";
import { answerConflictQuestion } from "#app/domain/jury.server.ts";
import type { ScoringRound } from "#app/domain/jury-states.ts";
import { scaleValues } from "#app/domain/scoring.ts";
import { getJurorCase, organisationForJuror, reopenScoreSheet, saveScoreSheet } from "#app/domain/scoring.server.ts";
import { weightPercentages } from "#app/domain/step-weights.ts";
import { parseCaseVersionParams } from "#app/forms/case-version-params.ts";
import { createJurorCaseSchema, sheetInput } from "#app/forms/jury-forms.ts";
import type { Translate } from "#app/i18n/messages.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { orRespond, parseId, replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => t("jury.sheet.pageTitle", { title: data?.title || t("case.list.untitled") }));

/** The final round's sheet is a page of its own (?round=final); the server checks the round exists. */
function roundOf(request: Request): ScoringRound {
  return new URL(request.url).searchParams.get("round") === "final" ? "final" : "main";
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "juror");
  const round = roundOf(request);
  const view = orRespond(() => getJurorCase(db, user.id, parseId(params.caseId), new Date(), round));
  if (view.stage === "conflict-question") {
    return {
      stage: view.stage,
      round,
      title: view.title,
      categoryName: view.categoryName,
      organisationName: view.organisationName,
      scoring: null,
      changedSince: null,
      history: null,
      calibrationFirst: null,
    };
  }
  const { found, sheet } = view;
  const scoring: JurorScoring = {
    caseId: found.case.id,
    texts: CASE_TEXT_FIELDS.map(({ name }) => ({ name, value: found.case[name] })),
    attachments: found.attachments.map((attachment, index) => ({
      id: attachment.id,
      name: found.competition.isBlindJudging
        ? neutralAttachmentName(index, attachment.contentType)
        : attachment.fileName,
    })),
    blindFiles: found.competition.isBlindJudging,
    round,
    weights: found.weights,
    percentages: weightPercentages(found.weights),
    scale: scaleValues({ min: found.competition.scaleMin, max: found.competition.scaleMax }),
    values: storedSheetValues(sheet),
    status: sheet?.status ?? null,
    open: view.scoringOpen,
  };
  return {
    stage: view.stage,
    round,
    title: found.case.title,
    categoryName: found.categoryName,
    organisationName: organisationForJuror(found.competition, found.organisation),
    scoring,
    changedSince: view.changedSince,
    // While the juror's calibration samples are not all in, the sheet waits: the notice links to the first.
    calibrationFirst: view.calibrationLeft[0] ? `/jury/calibration/${view.calibrationLeft[0]}` : null,
    history: getCaseHistory(db, found, "juror", parseCaseVersionParams(new URL(request.url).searchParams)),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "juror");
  const caseId = parseId(params.caseId);
  const { t } = getTranslator(request);
  const submission = parseWithZod(await request.formData(), { schema: createJurorCaseSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const command = submission.value;
  const now = new Date();
  const round = roundOf(request);
  const selfUrl = `/jury/cases/${caseId}${round === "final" ? "?round=final" : ""}`;

  switch (command.intent) {
    case "no-conflict":
      orRespond(() => answerConflictQuestion(db, user.id, caseId, { conflict: false }, now));
      return redirect(selfUrl);
    case "declare-conflict":
      orRespond(() => answerConflictQuestion(db, user.id, caseId, { conflict: true, reason: command.reason }, now));
      return redirect("/jury?conflict=declared");
    case "reopen":
      return changeSheet(submission, t, () => reopenScoreSheet(db, user.id, caseId, now, round), selfUrl);
    case "save-draft":
    case "finalise":
      return changeSheet(
        submission,
        t,
        () => saveScoreSheet(db, user.id, caseId, sheetInput(command), command.intent === "finalise", now, round),
        `${selfUrl}${round === "final" ? "&" : "?"}saved=${command.intent}`,
      );
  }
}

/** Changes the sheet and returns to the page, or shows the domain's refusal on the sheet. */
function changeSheet(submission: Submission<unknown>, t: Translate, change: () => void, then: string) {
  try {
    change();
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t);
    return data({ result }, { status });
  }
  return redirect(then);
}

export default function JurorCase() {
  const loaderData = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>()?.result;
  const { t } = useTranslation();
  return (
    <Page title={loaderData.title || t("case.list.untitled")}>
      <p className="mb-6 text-ink-muted">
        {loaderData.categoryName} · {t("jury.sheet.organisation")}:{" "}
        {loaderData.organisationName ?? t("jury.sheet.blind")}
      </p>
      {loaderData.round === "final" ? (
        <p className="mb-6 rounded-md border-2 border-accent-500 p-3 font-semibold">{t("jury.sheet.finalRound")}</p>
      ) : null}
      {loaderData.changedSince ? <ChangedSinceScored {...loaderData.changedSince} /> : null}
      {loaderData.calibrationFirst ? (
        <CalibrationFirst to={loaderData.calibrationFirst} />
      ) : loaderData.scoring ? (
        <ScoreSheet scoring={loaderData.scoring} result={result} />
      ) : (
        <ConflictQuestion organisationName={loaderData.organisationName} result={result} />
      )}
      {loaderData.history ? <CaseVersionHistory history={loaderData.history} /> : null}
    </Page>
  );
}
