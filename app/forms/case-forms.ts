import { z } from "zod";
import { CASE_TEXT_FIELDS, type CaseTextFieldName } from "#app/domain/case-fields.ts";
import type { Translate } from "#app/i18n/messages.ts";
import { splitRemoveAttachmentIntent } from "./attachment-intents.ts";

function categoryIdField(t: Translate) {
  return z.coerce
    .number({ invalid_type_error: t("case.category.invalid"), required_error: t("case.category.invalid") })
    .int()
    .positive(t("case.category.invalid"));
}

/**
 * Drafts may be empty or half-written; only "submit" requires every field. Length limits apply
 * always, counted in characters as the counter under each field shows them.
 */
function caseTextFields(t: Translate, submitting: boolean) {
  const fields = {} as Record<CaseTextFieldName, z.ZodType<string, z.ZodTypeDef, unknown>>;
  for (const { name, max } of CASE_TEXT_FIELDS) {
    const withinLimit = (value: string) => [...value].length <= max;
    fields[name] = submitting
      ? z
          .string({ required_error: t("case.field.requiredToSubmit") })
          .trim()
          .min(1, t("case.field.requiredToSubmit"))
          .refine(withinLimit, t("case.field.tooLong"))
      : z.string().default("").refine(withinLimit, t("case.field.tooLong"));
  }
  return fields;
}

/**
 * Every form of the case page. The editor's buttons all post the whole text (an upload or a
 * removal saves what was typed beside it); the status buttons of a locked case post only the intent.
 */
export function createCaseEditSchema(t: Translate) {
  const edit = { version: z.coerce.number().int().positive(), categoryId: categoryIdField(t) };
  const draft = { ...edit, ...caseTextFields(t, false) };
  return z.preprocess(
    splitRemoveAttachmentIntent,
    z.discriminatedUnion("intent", [
      z.object({ intent: z.literal("reopen") }),
      // Withdraw and restore happen only from their confirmation panel, which posts `confirmed`.
      z.object({ intent: z.enum(["withdraw", "restore"]), confirmed: z.literal("true").optional() }),
      z.object({ intent: z.enum(["save-draft", "autosave", "upload"]), ...draft }),
      // "Save mine anyway" after a conflict names the version it has seen and decided to replace.
      z.object({
        intent: z.literal("overwrite"),
        overwriteVersion: z.coerce.number().int().positive().optional(),
        ...draft,
      }),
      z.object({ intent: z.literal("remove-attachment"), attachmentId: z.coerce.number().int().positive(), ...draft }),
      z.object({ intent: z.literal("submit"), ...edit, ...caseTextFields(t, true) }),
    ]),
  );
}

export type CaseCommand = z.output<ReturnType<typeof createCaseEditSchema>>;

export function createNewCaseSchema(t: Translate) {
  const titleMax = CASE_TEXT_FIELDS.find((field) => field.name === "title")!.max;
  return z.object({
    categoryId: categoryIdField(t),
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
