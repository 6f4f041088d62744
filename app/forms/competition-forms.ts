import { z } from "zod";
import {
  deadlinesNeedingConfirmation,
  osloLocalToUtc,
  validateCompetitionDates,
  type CompetitionDates,
} from "#app/domain/deadlines.ts";
import { MAX_STEP_WEIGHT, type StepWeights } from "#app/domain/step-weights.ts";
import { byStepField, type StepWeightField } from "#app/domain/steps.ts";
import type { Translate } from "#app/i18n/messages.ts";

function wholeNumber(t: Translate, min: number, max: number) {
  return z.coerce
    .number({ invalid_type_error: t("competition.number.invalid"), required_error: t("form.required") })
    .int(t("competition.number.invalid"))
    .min(min, t("competition.number.range", { min, max }))
    .max(max, t("competition.number.range", { min, max }));
}

function weight(t: Translate) {
  return z.coerce
    .number({ invalid_type_error: t("weights.invalid"), required_error: t("form.required") })
    .int(t("weights.invalid"))
    .min(1, t("weights.invalid"))
    .max(MAX_STEP_WEIGHT, t("weights.invalid"));
}

/** One weight field per step (`weightPromise`, …), for the competition's defaults and a category alike. */
function weightFields(t: Translate) {
  return byStepField("weightField", () => weight(t));
}

/** Step weights as the weight fields' starting values. */
export function weightFormValues(weights: StepWeights): Record<StepWeightField, string> {
  return byStepField("weightField", (step) => String(weights[step.key]));
}

/** A datetime-local value read as Oslo wall-clock time. */
export function osloDateTime(t: Translate) {
  return z.string({ required_error: t("form.required") }).transform((value, ctx) => {
    const instant = osloLocalToUtc(value);
    if (!instant) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: t("competition.dateInvalid") });
      return z.NEVER;
    }
    return instant;
  });
}

/** A checkbox that says "yes, I mean it": present (Conform sends "on") or absent. */
const confirmation = () => z.enum(["on"]).optional();

const DATE_MESSAGES = {
  "deadline-before-opening": "competition.deadlineBeforeOpening",
  "scoring-before-submission-deadline": "competition.scoringBeforeDeadline",
} as const;

/** What the deadline checks compare with: now, and when editing, the deadlines already stored. */
export type DeadlineContext = { now?: Date; stored?: CompetitionDates | null };

function competitionDateFields(t: Translate) {
  return {
    year: wholeNumber(t, 2000, 2100),
    name: z
      .string({ required_error: t("form.required") })
      .trim()
      .min(1, t("form.required"))
      .max(120, t("form.tooLong", { max: 120 })),
    submissionOpensAt: osloDateTime(t),
    submissionDeadlineAt: osloDateTime(t),
    scoringDeadlineAt: osloDateTime(t),
    confirmDeadlines: confirmation(),
  };
}

function competitionSettingsFields(t: Translate) {
  return z.object({
    ...competitionDateFields(t),
    scaleMin: wholeNumber(t, 0, 100),
    scaleMax: wholeNumber(t, 1, 100),
    minScoreSheets: wholeNumber(t, 1, 50),
    ...weightFields(t),
  });
}

type RawForm = Record<string, unknown>;

const typedDate = (raw: RawForm, field: keyof CompetitionDates) =>
  typeof raw[field] === "string" ? osloLocalToUtc(raw[field]) : null;

const typedWholeNumber = (value: unknown) =>
  typeof value === "number" && Number.isInteger(value)
    ? value
    : typeof value === "string" && /^\s*-?\d+\s*$/.test(value)
      ? Number(value)
      : null;

/**
 * The rules that span several fields: the dates in order, a deadline already passed only when
 * confirmed. They read the typed values themselves, so they run even when another field is wrong.
 */
function checkDates(t: Translate, raw: RawForm, ctx: z.RefinementCtx, context: DeadlineContext) {
  const dates = {
    submissionOpensAt: typedDate(raw, "submissionOpensAt"),
    submissionDeadlineAt: typedDate(raw, "submissionDeadlineAt"),
    scoringDeadlineAt: typedDate(raw, "scoringDeadlineAt"),
  };
  for (const { field, problem } of validateCompetitionDates(dates)) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message: t(DATE_MESSAGES[problem]) });
  }
  if (raw.confirmDeadlines === "on") return;
  for (const field of deadlinesNeedingConfirmation(dates, context.now ?? new Date(), context.stored ?? null)) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ["confirmDeadlines"],
      message: t(`competition.deadlinePast.${field}`),
    });
  }
}

/** A scale with room between its ends. */
function checkScale(t: Translate, raw: RawForm, ctx: z.RefinementCtx) {
  const min = typedWholeNumber(raw.scaleMin);
  const max = typedWholeNumber(raw.scaleMax);
  if (min !== null && max !== null && max <= min) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["scaleMax"], message: t("competition.scale.invalid") });
  }
}

/**
 * `schema` with cross-field `checks` run beside it rather than after it: a refinement on the object
 * runs only once every field has passed, so an empty name would hide a deadline before the opening.
 * The checks' side yields nothing, so the value is the schema's own.
 */
function withCrossFieldChecks<Schema extends z.ZodTypeAny>(
  schema: Schema,
  checks: (raw: RawForm, ctx: z.RefinementCtx) => void,
) {
  return z.intersection(
    schema,
    z
      .record(z.unknown())
      .superRefine(checks)
      .transform(() => ({})),
  );
}

export function createCompetitionSchema(t: Translate, context: DeadlineContext = {}) {
  return withCrossFieldChecks(competitionSettingsFields(t), (raw, ctx) => {
    checkDates(t, raw, ctx, context);
    checkScale(t, raw, ctx);
  });
}

/** A copy of a competition into a new year: its year, name and dates; everything else comes from the original. */
export function createCloneCompetitionSchema(t: Translate, context: DeadlineContext = {}) {
  return withCrossFieldChecks(z.object(competitionDateFields(t)), (raw, ctx) => checkDates(t, raw, ctx, context));
}

export function createCategorySchema(t: Translate) {
  return z.object({
    name: z
      .string({ required_error: t("form.required") })
      .trim()
      .min(1, t("form.required"))
      .max(120, t("form.tooLong", { max: 120 })),
    description: z
      .string()
      .trim()
      .max(1000, t("form.tooLong", { max: 1000 }))
      .default(""),
    ...weightFields(t),
  });
}

/** Editing a category: the fields of a new one, and the confirmation that moving the ranking is meant. */
export function createCategoryEditSchema(t: Translate) {
  return createCategorySchema(t).extend({ confirmRankingChange: confirmation() });
}

/**
 * Every form on a competition's page, told apart by the submit button's `intent`: the settings,
 * a new category, and the move and remove buttons on each category.
 */
export function createCompetitionPageSchema(t: Translate, context: DeadlineContext = {}) {
  const categoryId = z.coerce.number().int().positive();
  return withCrossFieldChecks(
    z.discriminatedUnion("intent", [
      competitionSettingsFields(t).extend({ intent: z.literal("save") }),
      createCategorySchema(t).extend({ intent: z.literal("add-category") }),
      z.object({ intent: z.literal("move-up"), categoryId }),
      z.object({ intent: z.literal("move-down"), categoryId }),
      z.object({ intent: z.literal("remove-category"), categoryId }),
    ]),
    (raw, ctx) => {
      if (raw.intent !== "save") return;
      checkDates(t, raw, ctx, context);
      checkScale(t, raw, ctx);
    },
  );
}
