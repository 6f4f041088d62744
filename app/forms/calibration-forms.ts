import { z } from "zod";
import { MAX_CALIBRATION_SAMPLES, type SampleInput } from "#app/domain/calibration.ts";
import { CASE_TEXT_FIELDS, type CaseTextFieldName } from "#app/domain/case-fields.ts";
import type { Translate } from "#app/i18n/messages.ts";

/** A sample's text fields: the case's, with the same limits; all but the summary are required. */
export const SAMPLE_FIELDS = CASE_TEXT_FIELDS;
const OPTIONAL_FIELDS: readonly CaseTextFieldName[] = ["summary"];
export const SAMPLE_POSITIONS = Array.from({ length: MAX_CALIBRATION_SAMPLES }, (_, index) => index + 1);

/** The form field of a sample's text: `title1`, `servicePromise2`, … */
export const sampleFieldName = (name: CaseTextFieldName, position: number) => `${name}${position}`;

/** Every field of the samples' form, in reading order (for the error summary). */
export const SAMPLE_FIELD_ORDER = SAMPLE_POSITIONS.flatMap((position) =>
  SAMPLE_FIELDS.map((field) => sampleFieldName(field.name, position)),
);

/**
 * The chair's calibration page: open the round or rewrite its samples (one required, a second
 * optional but then complete), or close it. Every problem is reported at once.
 */
export function createCalibrationSchema(t: Translate) {
  const text = (max: number) => z.string().trim().max(max, t("form.tooLong", { max })).optional();
  const sampleFields = Object.fromEntries(
    SAMPLE_POSITIONS.flatMap((position) =>
      SAMPLE_FIELDS.map((field) => [sampleFieldName(field.name, position), text(field.max)]),
    ),
  ) as Record<string, ReturnType<typeof text>>;
  return z
    .object({ intent: z.enum(["open", "save-samples", "close"]), ...sampleFields })
    .superRefine((value, context) => {
      if (value.intent === "close") return;
      for (const position of SAMPLE_POSITIONS) {
        const valueOf = (name: CaseTextFieldName) =>
          (value as Record<string, string | undefined>)[sampleFieldName(name, position)] ?? "";
        const started = SAMPLE_FIELDS.some((field) => valueOf(field.name) !== "");
        // The first sample is required; a later one only once the chair began writing it.
        if (position > 1 && !started) continue;
        for (const field of SAMPLE_FIELDS) {
          if (OPTIONAL_FIELDS.includes(field.name) || valueOf(field.name) !== "") continue;
          context.addIssue({
            code: "custom",
            path: [sampleFieldName(field.name, position)],
            message: position > 1 ? t("calibration.sample.incomplete") : t("form.required"),
          });
        }
      }
    });
}

type CalibrationCommand = z.output<ReturnType<typeof createCalibrationSchema>>;

/** The samples the chair wrote, as the domain takes them: a blank second sample is none. */
export function samplesOf(command: CalibrationCommand): SampleInput[] {
  const value = command as Record<string, string | undefined>;
  return SAMPLE_POSITIONS.flatMap((position) => {
    const sample = Object.fromEntries(
      SAMPLE_FIELDS.map((field) => [field.name, value[sampleFieldName(field.name, position)] ?? ""]),
    ) as SampleInput;
    return Object.values(sample).some((item) => item !== "") ? [sample] : [];
  });
}
