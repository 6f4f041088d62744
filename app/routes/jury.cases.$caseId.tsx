import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useState } from "react";
import { useDraftBackup } from "#app/utils/use-draft-backup.ts";
import { CaseDocument } from "#app/components/case/case-document.tsx";
import { Page } from "#app/components/page.tsx";
import { RestoreOffer } from "#app/components/restore-offer.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { FieldErrors } from "#app/components/ui/field-errors.tsx";
import { FormError } from "#app/components/ui/form-error.tsx";
import { StatusMessage } from "#app/components/ui/status-message.tsx";
import { neutralAttachmentName } from "#app/domain/attachments.ts";
import { CASE_TEXT_FIELDS } from "#app/domain/case-fields.ts";
import { answerConflictQuestion } from "#app/domain/jury.server.ts";
import { scaleValues, sheetTotal, type PartialScores } from "#app/domain/scoring.ts";
import { getJurorCase, organisationForJuror, reopenScoreSheet, saveScoreSheet } from "#app/domain/scoring.server.ts";
import { weightPercentages } from "#app/domain/step-weights.ts";
import { STEP_KEYS } from "#app/domain/steps.ts";
import type { ScoringRound } from "#app/domain/jury-states.ts";
import { createConflictSchema, createSheetSchema } from "#app/forms/jury-forms.ts";
import { formatScore } from "#app/i18n/format.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";
import { requireRole } from "#app/utils/auth.server.ts";
import { db } from "#app/utils/db.server.ts";
import { orRespond, parseId, replyForDomainError } from "#app/utils/http.server.ts";
import { getTranslator } from "#app/utils/locale.server.ts";

const STEP_TEXT = {
  promise: {
    label: "step.promise.name",
    guidance: "jury.sheet.guidance.promise",
    score: "scorePromise",
    comment: "commentPromise",
    caseField: "servicePromise",
  },
  anchoring: {
    label: "step.anchoring.name",
    guidance: "jury.sheet.guidance.anchoring",
    score: "scoreAnchoring",
    comment: "commentAnchoring",
    caseField: "anchoring",
  },
  realisation: {
    label: "step.realisation.name",
    guidance: "jury.sheet.guidance.realisation",
    score: "scoreRealisation",
    comment: "commentRealisation",
    caseField: "realisation",
  },
} as const;

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
    };
  }
  const { found, sheet } = view;
  return {
    stage: view.stage,
    round,
    title: found.case.title,
    categoryName: found.categoryName,
    organisationName: organisationForJuror(found.competition, found.organisation),
    scoring: {
      caseId: found.case.id,
      texts: CASE_TEXT_FIELDS.map(({ name }) => ({ name, value: found.case[name] })),
      attachments: found.attachments.map((attachment, index) => ({
        id: attachment.id,
        name: found.competition.isBlindJudging
          ? neutralAttachmentName(index, attachment.contentType)
          : attachment.fileName,
      })),
      round,
      weights: found.weights,
      percentages: weightPercentages(found.weights),
      scale: scaleValues({ min: found.competition.scaleMin, max: found.competition.scaleMax }),
      values: {
        scorePromise: view.scores.promise,
        scoreAnchoring: view.scores.anchoring,
        scoreRealisation: view.scores.realisation,
        commentPromise: sheet?.commentPromise ?? "",
        commentAnchoring: sheet?.commentAnchoring ?? "",
        commentRealisation: sheet?.commentRealisation ?? "",
        overallComment: sheet?.overallComment ?? "",
      },
      status: sheet?.status ?? null,
      open: view.scoringOpen,
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "juror");
  const caseId = parseId(params.caseId);
  const { t } = getTranslator(request);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const now = new Date();
  const round = roundOf(request);
  const selfUrl = `/jury/cases/${caseId}${round === "final" ? "?round=final" : ""}`;

  if (intent === "no-conflict" || intent === "declare-conflict") {
    const submission = parseWithZod(formData, { schema: createConflictSchema(t) });
    if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
    const answer =
      submission.value.intent === "declare-conflict"
        ? { conflict: true as const, reason: submission.value.reason }
        : { conflict: false as const };
    orRespond(() => answerConflictQuestion(db, user.id, caseId, answer, now));
    return redirect(answer.conflict ? "/jury?conflict=declared" : selfUrl);
  }
  if (intent === "reopen") {
    try {
      reopenScoreSheet(db, user.id, caseId, now, round);
    } catch (error) {
      const submission = parseWithZod(formData, { schema: createSheetSchema(t) });
      const { result, status } = replyForDomainError(submission, error, t);
      return data({ result }, { status });
    }
    return redirect(selfUrl);
  }

  const submission = parseWithZod(formData, { schema: createSheetSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const value = submission.value;
  try {
    saveScoreSheet(
      db,
      user.id,
      caseId,
      {
        scores: {
          promise: value.scorePromise ?? null,
          anchoring: value.scoreAnchoring ?? null,
          realisation: value.scoreRealisation ?? null,
        },
        comments: {
          promise: value.commentPromise,
          anchoring: value.commentAnchoring,
          realisation: value.commentRealisation,
          overall: value.overallComment,
        },
      },
      value.intent === "finalise",
      now,
      round,
    );
  } catch (error) {
    const { result, status } = replyForDomainError(submission, error, t);
    return data({ result }, { status });
  }
  return redirect(`${selfUrl}${round === "final" ? "&" : "?"}saved=${value.intent}`);
}

export default function JurorCase() {
  const loaderData = useLoaderData<typeof loader>();
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
      {loaderData.scoring ? (
        <ScoringView scoring={loaderData.scoring} />
      ) : (
        <ConflictQuestion organisationName={loaderData.organisationName} />
      )}
    </Page>
  );
}

function ConflictQuestion({ organisationName }: { organisationName: string | null }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="conflict-heading" className="max-w-2xl">
      <h2 id="conflict-heading" className="mb-2 text-xl font-semibold">
        {t("jury.conflict.title")}
      </h2>
      <p className="mb-4">
        {t("jury.conflict.intro", { organisation: organisationName ?? t("jury.conflict.hidden") })}
      </p>
      <Form method="post" className="mb-6">
        <Button name="intent" value="no-conflict">
          {t("jury.conflict.none")}
        </Button>
      </Form>
      <DeclareConflictForm />
    </section>
  );
}

function DeclareConflictForm() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>() as { result: SubmissionResult<string[]> } | undefined;
  const errors = actionData?.result?.error ?? {};
  return (
    <Form method="post" className="flex flex-col gap-2 rounded-md border border-gray-300 p-4">
      <label htmlFor="conflict-reason" className="font-medium">
        {t("jury.conflict.reason")}
      </label>
      <p id="conflict-reason-hint" className="text-sm text-ink-muted">
        {t("jury.conflict.reasonHint")}
      </p>
      <textarea
        id="conflict-reason"
        name="reason"
        rows={3}
        defaultValue={String(actionData?.result?.initialValue?.reason ?? "")}
        aria-describedby={`conflict-reason-hint${errors.reason ? " conflict-reason-error" : ""}`}
        aria-invalid={errors.reason ? true : undefined}
        className="rounded-md border border-gray-400 px-3 py-2"
      />
      <FieldErrors id="conflict-reason-error" errors={errors.reason} />
      <Button name="intent" value="declare-conflict" variant="secondary" className="self-start">
        {t("jury.conflict.declare")}
      </Button>
    </Form>
  );
}

type Scoring = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["scoring"]>;
type SheetValues = Record<keyof Scoring["values"], string>;

const SHEET_FIELDS = [
  "scorePromise",
  "scoreAnchoring",
  "scoreRealisation",
  "commentPromise",
  "commentAnchoring",
  "commentRealisation",
  "overallComment",
] as const satisfies readonly (keyof SheetValues)[];

function readSheet(form: HTMLFormElement): SheetValues {
  const formData = new FormData(form);
  return Object.fromEntries(SHEET_FIELDS.map((name) => [name, String(formData.get(name) ?? "")])) as SheetValues;
}

const sameSheet = (a: SheetValues, b: SheetValues) => SHEET_FIELDS.every((name) => a[name] === b[name]);

function scoresOf(values: SheetValues): PartialScores {
  const score = (value: string) => (value === "" ? null : Number(value));
  return {
    promise: score(values.scorePromise),
    anchoring: score(values.scoreAnchoring),
    realisation: score(values.scoreRealisation),
  };
}

function ScoringView({ scoring }: { scoring: Scoring }) {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>() as { result: SubmissionResult<string[]> } | undefined;
  const [searchParams] = useSearchParams();
  const stored = Object.fromEntries(
    SHEET_FIELDS.map((name) => [name, String(scoring.values[name] ?? "")]),
  ) as SheetValues;
  const backup = useDraftBackup<SheetValues>(`awards-sheet-${scoring.caseId}-${scoring.round}`, stored, sameSheet);
  const [restored, setRestored] = useState<SheetValues | null>(null);
  // After a refused save the page shows what was typed, not what was stored.
  const typed = actionData?.result?.initialValue as Partial<SheetValues> | undefined;
  const shown: SheetValues = restored ?? (typed ? { ...stored, ...typed } : stored);
  const editable = scoring.open && scoring.status !== "final";
  const saved = searchParams.get("saved");
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <section aria-labelledby="case-heading">
        <h2 id="case-heading" className="mb-3 text-xl font-semibold">
          {t("jury.sheet.caseHeading")}
        </h2>
        <CaseDocument caseId={scoring.caseId} texts={scoring.texts} attachments={scoring.attachments} />
      </section>
      <section aria-labelledby="sheet-heading">
        <h2 id="sheet-heading" className="mb-3 text-xl font-semibold">
          {t("jury.sheet.title")}
        </h2>
        {scoring.status === "final" ? (
          <StatusMessage>{t("jury.sheet.isFinal")}</StatusMessage>
        ) : saved === "save-draft" && !actionData ? (
          <StatusMessage>{t("jury.sheet.saved")}</StatusMessage>
        ) : null}
        {!scoring.open ? <p className="mb-4 rounded-md border border-red-700 p-3">{t("jury.sheet.closed")}</p> : null}
        {backup.offer && editable ? (
          <RestoreOffer
            message={t("jury.sheet.restoreFound", { time: new Date(backup.offer.at).toLocaleTimeString() })}
            restoreLabel={t("jury.sheet.restore")}
            onRestore={() => {
              setRestored(backup.offer!.values);
              backup.dismissOffer();
            }}
            onDiscard={backup.forget}
          />
        ) : null}
        <SheetForm
          key={JSON.stringify(shown)}
          scoring={scoring}
          initial={shown}
          editable={editable}
          errors={actionData?.result?.error ?? {}}
          onChange={backup.remember}
        />
        {scoring.open && scoring.status === "final" ? (
          <Form method="post" className="mt-4">
            <Button name="intent" value="reopen" variant="secondary">
              {t("jury.sheet.reopen")}
            </Button>
          </Form>
        ) : null}
        {scoring.round === "main" && scoring.open && scoring.status !== "final" ? (
          <details className="mt-8" open={Boolean(actionData?.result?.error?.reason)}>
            <summary className="cursor-pointer font-semibold">{t("jury.conflict.later")}</summary>
            <p className="my-2 text-sm text-ink-muted">{t("jury.conflict.laterHint")}</p>
            <DeclareConflictForm />
          </details>
        ) : null}
      </section>
    </div>
  );
}

function SheetForm({
  scoring,
  initial,
  editable,
  errors,
  onChange,
}: {
  scoring: Scoring;
  initial: SheetValues;
  editable: boolean;
  errors: Record<string, string[] | null | undefined>;
  onChange: (values: SheetValues) => void;
}) {
  const { t, locale } = useTranslation();
  const [values, setValues] = useState(initial);
  const total = sheetTotal(scoresOf(values), scoring.weights);
  return (
    <Form
      method="post"
      className="flex flex-col gap-5"
      onChange={(event) => {
        const current = readSheet(event.currentTarget);
        setValues(current);
        onChange(current);
      }}
    >
      <FormError id="sheet-error" errors={errors[""] ?? undefined} />
      {STEP_KEYS.map((step) => {
        const text = STEP_TEXT[step];
        return (
          <fieldset
            key={step}
            className="rounded-md border border-gray-300 p-4"
            disabled={!editable}
            aria-describedby={`${step}-guidance`}
          >
            <legend className="px-1 font-semibold">
              {t(text.label)} · {t("jury.sheet.weight", { percent: scoring.percentages[step] })}
            </legend>
            <p id={`${step}-guidance`} className="mb-3 text-sm text-ink-muted">
              {t(text.guidance)}
            </p>
            <div
              role="radiogroup"
              aria-label={`${t(text.label)}: ${t("jury.sheet.score")}`}
              className="mb-3 flex flex-wrap gap-2"
            >
              {scoring.scale.map((score) => (
                <label
                  key={score}
                  className="flex cursor-pointer items-center gap-1 rounded border border-gray-300 px-2 py-1 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
                >
                  <input
                    type="radio"
                    name={text.score}
                    value={score}
                    defaultChecked={initial[text.score] === String(score)}
                  />
                  {score}
                </label>
              ))}
            </div>
            <FieldErrors id={`${text.score}-error`} errors={errors[text.score] ?? undefined} />
            <label htmlFor={text.comment} className="font-medium">
              {t("jury.sheet.comment")}
            </label>
            <textarea
              id={text.comment}
              name={text.comment}
              rows={3}
              defaultValue={initial[text.comment]}
              className="w-full rounded-md border border-gray-400 px-3 py-2"
            />
            <FieldErrors id={`${text.comment}-error`} errors={errors[text.comment] ?? undefined} />
          </fieldset>
        );
      })}
      <div className="flex flex-col gap-1">
        <label htmlFor="overallComment" className="font-semibold">
          {t("jury.sheet.overall")}
        </label>
        <textarea
          id="overallComment"
          name="overallComment"
          rows={4}
          defaultValue={initial.overallComment}
          disabled={!editable}
          className="rounded-md border border-gray-400 px-3 py-2"
        />
      </div>
      <p className="font-semibold" data-testid="weighted-total" aria-live="polite">
        {total === null ? t("jury.sheet.totalMissing") : t("jury.sheet.total", { total: formatScore(total, locale) })}
      </p>
      {editable ? (
        <div className="flex flex-wrap gap-3">
          <Button name="intent" value="save-draft" variant="secondary">
            {t("jury.sheet.saveDraft")}
          </Button>
          <Button name="intent" value="finalise">
            {t("jury.sheet.finalise")}
          </Button>
        </div>
      ) : null}
    </Form>
  );
}
