import type { MessageKey } from "#app/i18n/messages.ts";
import { JUDGING_STEPS } from "./steps.ts";

/**
 * The case's text fields in the order a reader meets them, with their limits in characters (the
 * form's counters show the same) and their label and hint: title and summary, then one per step.
 */
export const CASE_TEXT_FIELDS = [
  { name: "title", max: 150, label: "case.field.title", hint: "case.field.title.hint" },
  { name: "summary", max: 600, label: "case.field.summary", hint: "case.field.summary.hint" },
  ...JUDGING_STEPS.map((step) => ({
    name: step.caseField,
    max: step.caseMaxLength,
    label: step.messages.name,
    hint: step.messages.caseHint,
  })),
] as const satisfies readonly { name: string; max: number; label: MessageKey; hint: MessageKey }[];

export type CaseTextFieldName = (typeof CASE_TEXT_FIELDS)[number]["name"];

const characterCount = (text: string) => [...text].length;

/** Fields a submission needs but that are empty or only white space; a draft needs none. */
export function missingForSubmission(fields: Partial<Record<CaseTextFieldName, string | null>>): CaseTextFieldName[] {
  return CASE_TEXT_FIELDS.filter(({ name }) => !(fields[name] ?? "").trim()).map(({ name }) => name);
}

export function overLimit(fields: Partial<Record<CaseTextFieldName, string | null>>): CaseTextFieldName[] {
  return CASE_TEXT_FIELDS.filter(({ name, max }) => characterCount(fields[name] ?? "") > max).map(({ name }) => name);
}
