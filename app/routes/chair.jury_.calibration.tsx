import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ChairSampleResults } from "#app/components/calibration/chair-sample-results.tsx";
import { SampleForm } from "#app/components/calibration/sample-form.tsx";
import { Page } from "#app/components/page.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { FormError } from "#app/components/ui/form-error.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { TextLink } from "#app/components/ui/text-link.tsx";
import {
  calibrationForChair,
  calibrationWeights,
  closeCalibration,
  openCalibration,
  saveCalibrationSamples,
} from "#app/domain/calibration.server.ts";
import { findCompetitionOrNewest } from "#app/domain/competition-lookup.server.ts";
import { weightPercentages } from "#app/domain/step-weights.ts";
import { JUDGING_STEPS } from "#app/domain/steps.ts";
import { sampleFieldName, SAMPLE_FIELDS } from "#app/forms/calibration-fields.ts";
import { createCalibrationSchema, samplesOf } from "#app/forms/calibration-forms.ts";
import { parseCalibrationOrder } from "#app/forms/list-params.ts";
import { formatDateTime } from "#app/i18n/format.ts";
import { pageTitle } from "#app/i18n/page-title.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { competitionFromForm } from "#app/utils/competition-form.server.ts";
import { db } from "#app/utils/db.server.ts";
import { optionalId, orRespond, replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("calibration.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "chair");
  const { locale, t } = getTranslator(request);
  const searchParams = new URL(request.url).searchParams;
  const found = orRespond(() => findCompetitionOrNewest(db, optionalId(searchParams.get("competition"))));
  if (!found) return { competition: null };
  const order = parseCalibrationOrder(searchParams);
  const view = calibrationForChair(db, found.id, order);
  const percentages = weightPercentages(calibrationWeights(view.competition));
  return {
    competition: { id: found.id, name: found.name },
    state: !view.round ? ("none" as const) : view.round.isOpen ? ("open" as const) : ("closed" as const),
    closedAt: view.round?.closedAt ? formatDateTime(view.round.closedAt, locale) : null,
    mayChange: view.mayChange,
    samplesEditable: view.mayChange && view.round?.isOpen === true && !view.hasSheets,
    weights: JUDGING_STEPS.map(
      (step) =>
        `${t(step.messages.name)} (${t("jury.sheet.weight", { percent: percentages[step.key] }).toLowerCase()})`,
    ).join(", "),
    values: Object.fromEntries(
      view.samples.flatMap((sample) =>
        SAMPLE_FIELDS.map((field) => [sampleFieldName(field.name, sample.position), sample[field.name]]),
      ),
    ),
    order,
    samples: view.samples.map((sample) => ({
      id: sample.id,
      position: sample.position,
      title: sample.title,
      spread: sample.spread,
      missing: sample.missing,
      rows: sample.rows.map((row) => ({
        jurorId: row.jurorId,
        name: row.name,
        scores: row.scores,
        total: row.comparison.total.own,
        difference: row.comparison.total.difference,
        leaning: row.comparison.total.leaning,
      })),
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "chair");
  const { t } = getTranslator(request);
  const formData = await request.formData();
  const competition = competitionFromForm(formData);
  const submission = parseWithZod(formData, { schema: createCalibrationSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const command = submission.value;
  const now = new Date();
  try {
    if (command.intent === "close") closeCalibration(db, user.id, competition.id, now);
    else if (command.intent === "open") openCalibration(db, user.id, competition.id, samplesOf(command), now);
    else saveCalibrationSamples(db, user.id, competition.id, samplesOf(command), now);
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t);
    return data({ result }, { status });
  }
  return redirect(`/chair/jury/calibration?competition=${competition.id}&done=${command.intent}`);
}

const DONE_MESSAGES = {
  open: "calibration.opened",
  "save-samples": "calibration.samplesSaved",
  close: "calibration.closed",
} as const;

export default function ChairCalibration() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>()?.result ?? null;
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  if (!loaded.competition) {
    return (
      <Page title={t("calibration.title")} wide>
        <p>{t("chair.noCompetitions")}</p>
      </Page>
    );
  }
  const { competition, state } = loaded;
  const done = searchParams.get("done");
  const showSampleForm = loaded.mayChange && (state === "none" || loaded.samplesEditable);
  const isClose = result?.initialValue?.intent === "close";
  // A refusal the sample form cannot show (it is gone, or the post was "close") is said at the top.
  const topErrors = isClose || !showSampleForm ? (result?.error?.[""] ?? []) : [];
  return (
    <Page title={`${t("calibration.title")} · ${competition.name}`} wide>
      <p className="mb-4">
        <TextLink to={`/chair/jury?competition=${competition.id}`}>{t("calibration.back")}</TextLink>
      </p>
      {done && done in DONE_MESSAGES && !result ? (
        <StatusMessage>{t(DONE_MESSAGES[done as keyof typeof DONE_MESSAGES])}</StatusMessage>
      ) : null}
      <p className="mb-2 max-w-3xl">{t("calibration.intro")}</p>
      <p className="mb-4 max-w-3xl">{t("calibration.weights", { weights: loaded.weights })}</p>
      <p className="mb-6 font-semibold" data-testid="calibration-state">
        {state === "none"
          ? t("calibration.state.none")
          : state === "open"
            ? t("calibration.state.open")
            : t("calibration.state.closed", { closed: loaded.closedAt ?? "" })}
      </p>
      <FormError id="calibration-error" errors={topErrors} />
      {showSampleForm ? (
        <SampleForm
          competitionId={competition.id}
          intent={state === "none" ? "open" : "save-samples"}
          values={loaded.values}
          lastResult={isClose ? null : result}
        />
      ) : state === "open" ? (
        <p className="mb-6">{t("calibration.sample.locked")}</p>
      ) : null}
      {loaded.samples.map((sample) => (
        <ChairSampleResults key={sample.id} sample={sample} order={loaded.order} />
      ))}
      {state === "open" && loaded.mayChange ? (
        <Form method="post" className="mb-8 flex max-w-3xl flex-col gap-2">
          <input type="hidden" name="competitionId" value={competition.id} />
          <p className="text-sm text-ink-muted">{t("calibration.closeHint")}</p>
          <Button name="intent" value="close" variant="secondary" className="self-start">
            {t("calibration.close")}
          </Button>
        </Form>
      ) : null}
    </Page>
  );
}
