import type { CaseTextFieldName } from "#app/domain/case-fields.ts";
import type { ScoringRound, SheetStatus } from "#app/domain/jury-states.ts";
import type { PartialScores } from "#app/domain/scoring.ts";
import { JUDGING_STEPS, perStep, type StepCommentField, type StepKey, type StepScoreField } from "#app/domain/steps.ts";

export type SheetField = StepScoreField | StepCommentField | "overallComment";
/** The sheet's fields as the form holds them: a score is "" until one is chosen. */
export type SheetValues = Record<SheetField, string>;

const SHEET_FIELDS: readonly SheetField[] = [
  ...JUDGING_STEPS.map((step) => step.scoreField),
  ...JUDGING_STEPS.map((step) => step.commentField),
  "overallComment",
];

/** What the juror's case page hands the score sheet once the conflict question is answered. */
export type JurorScoring = {
  caseId: number;
  texts: { name: CaseTextFieldName; value: string }[];
  attachments: { id: number; name: string }[];
  /** Blind judging: the attachments come without identifying metadata, and the page says so. */
  blindFiles: boolean;
  round: ScoringRound;
  weights: Record<StepKey, number>;
  percentages: Record<StepKey, number>;
  scale: number[];
  values: SheetValues;
  status: SheetStatus | null;
  open: boolean;
  /** A calibration's sample case: no files, no conflict question, and submitted for good. */
  sample?: boolean;
};

function sheetValues(valueOf: (field: SheetField) => string): SheetValues {
  return Object.fromEntries(SHEET_FIELDS.map((field) => [field, valueOf(field)])) as SheetValues;
}

const textOf = (value: unknown) => (typeof value === "string" ? value : "");

/** A stored sheet (a case's or a calibration sample's) as the form shows it; all empty before the first save. */
export function storedSheetValues(sheet: Partial<Record<SheetField, string | number | null>> | null | undefined) {
  return sheetValues((field) => String(sheet?.[field] ?? ""));
}

export function readSheet(form: HTMLFormElement): SheetValues {
  const formData = new FormData(form);
  return sheetValues((field) => textOf(formData.get(field)));
}

/** A refused post's values over the stored ones, so the sheet shows what was typed. */
export function postedSheet(stored: SheetValues, initialValue: Record<string, unknown> | null | undefined) {
  return sheetValues((field) => (typeof initialValue?.[field] === "string" ? initialValue[field] : stored[field]));
}

export const sameSheet = (a: SheetValues, b: SheetValues) => SHEET_FIELDS.every((field) => a[field] === b[field]);

export function scoresOf(values: SheetValues): PartialScores {
  return perStep((step) => (values[step.scoreField] === "" ? null : Number(values[step.scoreField])));
}
