import { z } from "zod";
import { osloLocalToUtc, validateCompetitionDates } from "#app/domain/deadlines.ts";
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
function osloDateTime(t: Translate) {
  return z.string({ required_error: t("form.required") }).transform((value, ctx) => {
    const instant = osloLocalToUtc(value);
    if (!instant) {
      // Fatal, so the cross-field checks below never run on a date that is not there.
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: t("competition.dateInvalid"), fatal: true });
      return z.NEVER;
    }
    return instant;
  });
}

const DATE_MESSAGES = {
  "deadline-before-opening": "competition.deadlineBeforeOpening",
  "scoring-before-submission-deadline": "competition.scoringBeforeDeadline",
} as const;

function competitionSettingsFields(t: Translate) {
  return z.object({
    year: wholeNumber(t, 2000, 2100),
    name: z
      .string({ required_error: t("form.required") })
      .trim()
      .min(1, t("form.required"))
      .max(120, t("form.tooLong", { max: 120 })),
    submissionOpensAt: osloDateTime(t),
    submissionDeadlineAt: osloDateTime(t),
    scoringDeadlineAt: osloDateTime(t),
    scaleMin: wholeNumber(t, 0, 100),
    scaleMax: wholeNumber(t, 1, 100),
    minScoreSheets: wholeNumber(t, 1, 50),
    ...weightFields(t),
  });
}

type CompetitionSettingsValue = z.infer<ReturnType<typeof competitionSettingsFields>>;

/** The rules that span several fields: the dates in order, and a scale with room between its ends. */
function checkCompetitionSettings(t: Translate, value: CompetitionSettingsValue, ctx: z.RefinementCtx) {
  for (const { field, problem } of validateCompetitionDates(value)) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message: t(DATE_MESSAGES[problem]) });
  }
  if (value.scaleMax <= value.scaleMin) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["scaleMax"], message: t("competition.scale.invalid") });
  }
}

export function createCompetitionSchema(t: Translate) {
  return competitionSettingsFields(t).superRefine((value, ctx) => checkCompetitionSettings(t, value, ctx));
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

/**
 * Every form on a competition's page, told apart by the submit button's `intent`: the settings,
 * a new category, and the move and remove buttons on each category.
 */
export function createCompetitionPageSchema(t: Translate) {
  const categoryId = z.coerce.number().int().positive();
  return z
    .discriminatedUnion("intent", [
      competitionSettingsFields(t).extend({ intent: z.literal("save") }),
      createCategorySchema(t).extend({ intent: z.literal("add-category") }),
      z.object({ intent: z.literal("move-up"), categoryId }),
      z.object({ intent: z.literal("move-down"), categoryId }),
      z.object({ intent: z.literal("remove-category"), categoryId }),
    ])
    .superRefine((value, ctx) => {
      if (value.intent === "save") checkCompetitionSettings(t, value, ctx);
    });
}
