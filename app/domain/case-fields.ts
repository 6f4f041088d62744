/** The case's text fields and their limits in characters; the form's counters show the same. */
export const CASE_TEXT_FIELDS = [
  { name: "title", max: 150 },
  { name: "summary", max: 600 },
  { name: "servicePromise", max: 3000 },
  { name: "anchoring", max: 5000 },
  { name: "realisation", max: 8000 },
] as const satisfies readonly { name: string; max: number }[];

export type CaseTextFieldName = (typeof CASE_TEXT_FIELDS)[number]["name"];

const characterCount = (text: string) => [...text].length;

/** Fields a submission needs but that are empty or only white space; a draft needs none. */
export function missingForSubmission(fields: Partial<Record<CaseTextFieldName, string | null>>): CaseTextFieldName[] {
  return CASE_TEXT_FIELDS.filter(({ name }) => !(fields[name] ?? "").trim()).map(({ name }) => name);
}

export function overLimit(fields: Partial<Record<CaseTextFieldName, string | null>>): CaseTextFieldName[] {
  return CASE_TEXT_FIELDS.filter(({ name, max }) => characterCount(fields[name] ?? "") > max).map(({ name }) => name);
}
