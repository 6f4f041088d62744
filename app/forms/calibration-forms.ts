import { z } from "zod";
import type { SampleInput } from "#app/domain/calibration.ts";
import type { CaseTextFieldName } from "#app/domain/case-fields.ts";
import { OPTIONAL_SAMPLE_FIELDS, SAMPLE_FIELDS, SAMPLE_POSITIONS, sampleFieldName } from "./calibration-fields.ts";
import type { Translate } from "#app/i18n/messages.ts";

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
          if (OPTIONAL_SAMPLE_FIELDS.includes(field.name) || valueOf(field.name) !== "") continue;
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
