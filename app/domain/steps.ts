import type { MessageKey } from "#app/i18n/messages.ts";

/**
 * The three judging steps, in order: the one place that spells out how each step is named in
 * forms, database columns and the message catalogue. Everything else loops over this table.
 *
 * - `caseField`: the case's text column and the editor's field (`cases.servicePromise`, …)
 * - `weightField` / `defaultWeightField`: the category's weight and the competition's default
 *   (form fields use `weightField` too)
 * - `scoreField` / `commentField`: the score sheet's columns and the sheet form's fields
 * - `meanField`: the ranking table's mean per step
 * - `messages.name`: the step's one name in each language ("Steg 3: Realisering" / "Step 3: Delivery")
 */
export const JUDGING_STEPS = [
  {
    key: "promise",
    number: 1,
    caseField: "servicePromise",
    caseMaxLength: 3000,
    defaultWeight: 30,
    weightField: "weightPromise",
    defaultWeightField: "defaultWeightPromise",
    scoreField: "scorePromise",
    commentField: "commentPromise",
    meanField: "meanPromise",
    messages: {
      name: "step.promise.name",
      caseHint: "step.promise.caseHint",
      guidance: "jury.sheet.guidance.promise",
    },
  },
  {
    key: "anchoring",
    number: 2,
    caseField: "anchoring",
    caseMaxLength: 5000,
    defaultWeight: 30,
    weightField: "weightAnchoring",
    defaultWeightField: "defaultWeightAnchoring",
    scoreField: "scoreAnchoring",
    commentField: "commentAnchoring",
    meanField: "meanAnchoring",
    messages: {
      name: "step.anchoring.name",
      caseHint: "step.anchoring.caseHint",
      guidance: "jury.sheet.guidance.anchoring",
    },
  },
  {
    key: "realisation",
    number: 3,
    caseField: "realisation",
    caseMaxLength: 8000,
    defaultWeight: 40,
    weightField: "weightRealisation",
    defaultWeightField: "defaultWeightRealisation",
    scoreField: "scoreRealisation",
    commentField: "commentRealisation",
    meanField: "meanRealisation",
    messages: {
      name: "step.realisation.name",
      caseHint: "step.realisation.caseHint",
      guidance: "jury.sheet.guidance.realisation",
    },
  },
] as const satisfies readonly {
  key: string;
  number: number;
  caseField: string;
  caseMaxLength: number;
  defaultWeight: number;
  weightField: string;
  defaultWeightField: string;
  scoreField: string;
  commentField: string;
  meanField: string;
  messages: { name: MessageKey; caseHint: MessageKey; guidance: MessageKey };
}[];

export type JudgingStep = (typeof JUDGING_STEPS)[number];
export type StepKey = JudgingStep["key"];
export type StepCaseField = JudgingStep["caseField"];
export type StepWeightField = JudgingStep["weightField"];
export type StepDefaultWeightField = JudgingStep["defaultWeightField"];
export type StepScoreField = JudgingStep["scoreField"];
export type StepCommentField = JudgingStep["commentField"];
export type StepMeanField = JudgingStep["meanField"];

export const STEP_KEYS = JUDGING_STEPS.map((step) => step.key);

/** One value per step, computed from the step's row: `perStep((step) => row[step.scoreField])`. */
export function perStep<Value>(valueOf: (step: JudgingStep) => Value): Record<StepKey, Value> {
  return Object.fromEntries(JUDGING_STEPS.map((step) => [step.key, valueOf(step)])) as Record<StepKey, Value>;
}

/** A record keyed by one of the step's field names, e.g. `{ scorePromise: …, scoreAnchoring: … }`. */
export function byStepField<Field extends keyof JudgingStep & `${string}Field`, Value>(
  field: Field,
  valueOf: (step: JudgingStep) => Value,
): Record<JudgingStep[Field] & string, Value> {
  return Object.fromEntries(JUDGING_STEPS.map((step) => [step[field], valueOf(step)])) as Record<
    JudgingStep[Field] & string,
    Value
  >;
}
