import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { SheetComparisonSection } from "#app/components/calibration/sheet-comparison.tsx";
import { Page } from "#app/components/page.tsx";
import { ScoreSheet } from "#app/components/scoring/score-sheet.tsx";
import { storedSheetValues, type JurorScoring } from "#app/components/scoring/sheet-values.ts";
import { TextLink } from "#app/components/ui/text-link.tsx";
import { jurorSample, saveCalibrationSheet } from "#app/domain/calibration.server.ts";
import { calibrationThreshold } from "#app/domain/calibration.ts";
import { CASE_TEXT_FIELDS } from "#app/domain/case-fields.ts";
import { scaleValues } from "#app/domain/scoring.ts";
import { weightPercentages } from "#app/domain/step-weights.ts";
import { createSheetSchema, sheetInput } from "#app/forms/jury-forms.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { orRespond, parseId, replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data: loaded, matches }) =>
  pageTitle(matches, (t) => t("calibration.juror.pageTitle", { title: loaded?.title ?? "" }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "juror");
  const view = orRespond(() => jurorSample(db, user.id, parseId(params.sampleId), new Date()));
  const { sample, competition, own } = view;
  const scale = { min: competition.scaleMin, max: competition.scaleMax };
  const scoring: JurorScoring = {
    caseId: sample.id,
    texts: CASE_TEXT_FIELDS.map(({ name }) => ({ name, value: sample[name] })),
    attachments: [],
    blindFiles: false,
    round: "main",
    weights: view.weights,
    percentages: weightPercentages(view.weights),
    scale: scaleValues(scale),
    values: storedSheetValues(own),
    status: own?.status ?? null,
    open: view.open,
    sample: true,
  };
  return {
    title: sample.title,
    competitionName: competition.name,
    scoring,
    comparison: view.comparison,
    threshold: calibrationThreshold(scale),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "juror");
  const sampleId = parseId(params.sampleId);
  const { t } = getTranslator(request);
  const submission = parseWithZod(await request.formData(), { schema: createSheetSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const command = submission.value;
  try {
    saveCalibrationSheet(db, user.id, sampleId, sheetInput(command), command.intent === "finalise", new Date());
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t);
    return data({ result }, { status });
  }
  return redirect(`/jury/calibration/${sampleId}?saved=${command.intent}`);
}

export default function CalibrationSample() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>()?.result;
  const { t } = useTranslation();
  return (
    <Page title={t("calibration.juror.pageTitle", { title: loaded.title })}>
      <p className="mb-2 text-ink-muted">{loaded.competitionName}</p>
      <p className="mb-6 rounded-md border-2 border-accent-500 p-3" data-testid="sample-notice">
        {t("calibration.juror.notice")}
      </p>
      {loaded.comparison ? (
        <SheetComparisonSection comparison={loaded.comparison} threshold={loaded.threshold} />
      ) : null}
      <ScoreSheet scoring={loaded.scoring} result={result} />
      <p className="mt-8">
        <TextLink to="/jury">{t("calibration.juror.back")}</TextLink>
      </p>
    </Page>
  );
}
