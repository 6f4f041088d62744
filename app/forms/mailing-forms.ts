import { z } from "zod";
import { MAILING_AUDIENCES, MAILING_BODY_MAX, MAILING_SUBJECT_MAX } from "#app/domain/mailings.ts";
import { SORT_DIRECTIONS } from "#app/domain/paging.ts";
import type { Translate } from "#app/i18n/messages.ts";

// The chair's mailing page: one form with two buttons, "preview" (writes nothing) and "queue"
// (carries the idempotency key the page was rendered with, so a double submit queues once). The
// page validates on the server only, so Zod stays out of its browser bundle.

function requiredText(t: Translate, max: number) {
  return z
    .string({ required_error: t("form.required") })
    .trim()
    .min(1, t("form.required"))
    .max(max, t("form.tooLong", { max }));
}

function optionalText(t: Translate, max: number) {
  return z
    .string()
    .trim()
    .max(max, t("form.tooLong", { max }))
    .optional()
    .transform((value) => value || null);
}

function mailingFields(t: Translate) {
  return z.object({
    audience: z.enum(MAILING_AUDIENCES, { errorMap: () => ({ message: t("form.required") }) }),
    subjectNb: requiredText(t, MAILING_SUBJECT_MAX),
    bodyNb: requiredText(t, MAILING_BODY_MAX),
    subjectEn: optionalText(t, MAILING_SUBJECT_MAX),
    bodyEn: optionalText(t, MAILING_BODY_MAX),
  });
}

/** An English text is both subject and body or neither; the message goes on the one left empty. */
function englishComplete<Value extends { subjectEn: string | null; bodyEn: string | null }>(t: Translate) {
  return (value: Value, context: z.RefinementCtx) => {
    if (Boolean(value.subjectEn) === Boolean(value.bodyEn)) return;
    context.addIssue({
      code: "custom",
      path: [value.subjectEn ? "bodyEn" : "subjectEn"],
      message: t("mailings.englishIncomplete"),
    });
  };
}

export function createMailingSchema(t: Translate) {
  const form = z
    .discriminatedUnion("intent", [
      mailingFields(t).extend({
        intent: z.literal("preview"),
        recipientPage: z.coerce.number().int().min(1).max(1_000_000).catch(1),
      }),
      mailingFields(t).extend({
        intent: z.literal("queue"),
        idempotencyKey: z.string().regex(/^[\w-]{16,64}$/, t("mailings.keyReused")),
        // Missing or stale, the domain refuses it with "preview again" (409), after the fields' own checks.
        previewed: z.string().max(64).default(""),
      }),
    ])
    .superRefine(englishComplete(t));
  // The recipient list's page buttons carry only their page: a post without an intent previews.
  return z.preprocess(
    (value) => (value && typeof value === "object" && !("intent" in value) ? { ...value, intent: "preview" } : value),
    form,
  );
}

/** A mailing's page has one button: send what it holds (or what failed). */
export const sendMailingSchema = z.object({ intent: z.literal("send") });

export const MAILING_TEMPLATES = ["deadline-reminder"] as const;

const listParamsSchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  dir: z.enum(SORT_DIRECTIONS).catch("desc"),
  template: z.enum(MAILING_TEMPLATES).optional().catch(undefined),
});

/** `/chair/mailings?competition&page&dir&template`: a value that makes no sense falls back to the default. */
export function parseMailingListParams(params: URLSearchParams) {
  return listParamsSchema.parse({
    page: params.get("page") ?? undefined,
    dir: params.get("dir") ?? undefined,
    template: params.get("template") ?? undefined,
  });
}

/** A mailing's page: `?page` of its outbox. */
export function parseMailingPage(params: URLSearchParams): number {
  return listParamsSchema.shape.page.parse(params.get("page") ?? undefined);
}
