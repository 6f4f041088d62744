import { z } from "zod";
import { CASE_TEXT_FIELDS, type CaseTextFieldName } from "#app/domain/case-fields.ts";
import { DRAFT_LIMIT_FACTOR } from "#app/domain/case-limits.ts";
import type { Translate } from "#app/i18n/messages.ts";
import { splitRemoveAttachmentIntent } from "./attachment-intents.ts";

function categoryIdField(t: Translate) {
  return z.coerce
    .number({ invalid_type_error: t("case.category.invalid"), required_error: t("case.category.invalid") })
    .int()
    .positive(t("case.category.invalid"));
}

const characters = (value: string) => [...value].length;

/**
 * Drafts may be empty, half-written or over a field's limit (flagged in the editor, kept until it
 * is cut down); only "submit" requires every field within its limit, counted in characters as the
 * counter under each field shows them. A draft far beyond any limit is refused.
 */
function caseTextFields(t: Translate, submitting: boolean) {
  const fields = {} as Record<CaseTextFieldName, z.ZodType<string, z.ZodTypeDef, unknown>>;
  for (const { name, max } of CASE_TEXT_FIELDS) {
    fields[name] = submitting
      ? z
          .string({ required_error: t("case.field.requiredToSubmit") })
          .trim()
          .min(1, t("case.field.requiredToSubmit"))
          .refine((value) => characters(value) <= max, t("case.field.tooLong"))
      : z
          .string()
          .default("")
          .refine((value) => characters(value) <= max * DRAFT_LIMIT_FACTOR, t("case.field.farTooLong"));
  }
  return fields;
}

/**
 * The text each field had when the editor got it, as one JSON value (an empty field stays an
 * empty string, which a form field would not): what a save over a colleague's newer version is
 * merged against. It decides only what each side changed, never what the writer may do.
 */
function baseField(t: Translate) {
  const texts = Object.fromEntries(
    CASE_TEXT_FIELDS.map(({ name, max }) => [
      name,
      z
        .string()
        .max(max * DRAFT_LIMIT_FACTOR)
        .optional(),
    ]),
  ) as Record<CaseTextFieldName, z.ZodOptional<z.ZodString>>;
  const base = z
    .object(
      { categoryId: z.number().int().positive().optional(), ...texts },
      { invalid_type_error: t("case.base.invalid") },
    )
    .strict();
  // Checked inside the transform, out of Conform's sight: it would read an empty base text as absent.
  return z
    .string()
    .optional()
    .transform((raw, context) => {
      if (raw === undefined) return undefined;
      let parsed: z.SafeParseReturnType<unknown, z.output<typeof base>> | null = null;
      try {
        parsed = base.safeParse(JSON.parse(raw));
      } catch {
        // not JSON: refused below
      }
      if (parsed?.success) return parsed.data;
      context.addIssue({ code: "custom", message: t("case.base.invalid") });
      return z.NEVER;
    });
}

function draftFields(t: Translate) {
  return { ...editFields(t), ...caseTextFields(t, false) };
}

function editFields(t: Translate) {
  return { version: z.coerce.number().int().positive(), categoryId: categoryIdField(t), base: baseField(t) };
}

/** The editor's background save while typing: the whole draft, as the Save button would post it. */
export function createCaseAutosaveSchema(t: Translate) {
  return z.object(draftFields(t));
}

/**
 * Every form of the case page. The editor's buttons all post the whole text (an upload or a
 * removal saves what was typed beside it); the status buttons of a locked case post only the intent.
 */
export function createCaseEditSchema(t: Translate) {
  const edit = editFields(t);
  const draft = draftFields(t);
  return z.preprocess(
    splitRemoveAttachmentIntent,
    z.discriminatedUnion("intent", [
      z.object({ intent: z.literal("reopen") }),
      // Withdraw and restore happen only from their confirmation panel, which posts `confirmed`.
      z.object({ intent: z.enum(["withdraw", "restore"]), confirmed: z.literal("true").optional() }),
      z.object({ intent: z.enum(["save-draft", "upload"]), ...draft }),
      // "Save mine" after a conflict names the version it has seen in full: what the editor holds replaces it.
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
