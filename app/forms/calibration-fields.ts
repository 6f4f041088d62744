import { MAX_CALIBRATION_SAMPLES } from "#app/domain/calibration.ts";
import { CASE_TEXT_FIELDS, type CaseTextFieldName } from "#app/domain/case-fields.ts";

// The calibration samples' form fields, apart from the schema so the page's form loads no Zod.

/** A sample's text fields: the case's, with the same limits; all but the summary are required. */
export const SAMPLE_FIELDS = CASE_TEXT_FIELDS;
export const OPTIONAL_SAMPLE_FIELDS: readonly CaseTextFieldName[] = ["summary"];
export const SAMPLE_POSITIONS = Array.from({ length: MAX_CALIBRATION_SAMPLES }, (_, index) => index + 1);

/** The form field of a sample's text: `title1`, `servicePromise2`, … */
export const sampleFieldName = (name: CaseTextFieldName, position: number) => `${name}${position}`;

/** Every field of the samples' form, in reading order (for the error summary). */
export const SAMPLE_FIELD_ORDER = SAMPLE_POSITIONS.flatMap((position) =>
  SAMPLE_FIELDS.map((field) => sampleFieldName(field.name, position)),
);
