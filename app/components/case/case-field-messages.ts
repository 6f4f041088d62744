import type { CaseTextFieldName } from "#app/domain/case-fields.ts";
import { byStepField } from "#app/domain/steps.ts";
import type { MessageKey } from "#app/i18n/messages.ts";

/** Each case field's label and guidance; the three step fields take theirs from the steps table. */
export const CASE_FIELD_MESSAGES: Record<CaseTextFieldName, { label: MessageKey; hint: MessageKey }> = {
  title: { label: "case.field.title", hint: "case.field.title.hint" },
  summary: { label: "case.field.summary", hint: "case.field.summary.hint" },
  ...byStepField("caseField", (step) => ({ label: step.messages.name, hint: step.messages.caseHint })),
};
