import { z } from "zod";
import { CASE_TEXT_FIELDS, type CaseTextFieldName } from "#app/domain/case-fields.ts";
import type { Translate } from "#app/i18n/messages.ts";

export const CASE_INTENTS = ["save-draft", "autosave", "submit", "upload", "overwrite"] as const;
export type CaseIntent = (typeof CASE_INTENTS)[number];

/** Buttons that remove one attachment carry its id in the intent: remove-attachment-12. */
export const REMOVE_ATTACHMENT_INTENT = /^remove-attachment-(\d+)$/;

/**
 * Drafts may be empty or half-written; only "submit" requires every field. Length limits apply
 * always, counted in characters as the counter under each field shows them.
 */
export function createCaseSchema(t: Translate, intent: string | null) {
  const submitting = intent === "submit";
  const textFields = {} as Record<CaseTextFieldName, z.ZodType<string, z.ZodTypeDef, unknown>>;
  for (const { name, max } of CASE_TEXT_FIELDS) {
    const withinLimit = (value: string) => [...value].length <= max;
    textFields[name] = submitting
      ? z
          .string({ required_error: t("case.field.requiredToSubmit") })
          .trim()
          .min(1, t("case.field.requiredToSubmit"))
          .refine(withinLimit, t("case.field.tooLong"))
      : z.string().default("").refine(withinLimit, t("case.field.tooLong"));
  }
  return z.object({
    intent: z.string(),
    version: z.coerce.number().int().positive(),
    categoryId: z.coerce
      .number({ invalid_type_error: t("case.category.invalid"), required_error: t("case.category.invalid") })
      .int()
      .positive(t("case.category.invalid")),
    ...textFields,
  });
}

export function createNewCaseSchema(t: Translate) {
  const titleMax = CASE_TEXT_FIELDS.find((field) => field.name === "title")!.max;
  return z.object({
    categoryId: z.coerce
      .number({ invalid_type_error: t("case.category.invalid"), required_error: t("case.category.invalid") })
      .int()
      .positive(t("case.category.invalid")),
    title: z
      .string()
      .optional()
      .default("")
      .refine((value) => [...value].length <= titleMax, t("form.tooLong", { max: titleMax })),
  });
}

export function createDisqualifySchema(t: Translate) {
  return z.object({
    reason: z
      .string({ required_error: t("form.required") })
      .trim()
      .min(1, t("form.required"))
      .max(2000, t("form.tooLong", { max: 2000 })),
  });
}
