import { describe, expect, it } from "vitest";
import {
  createCloneCompetitionSchema,
  createCompetitionPageSchema,
  createCompetitionSchema,
} from "#app/forms/competition-forms.ts";
import { createTranslator } from "#app/i18n/messages.ts";

const t = createTranslator("nb");
const NOW = new Date("2026-11-26T12:00:00Z");
const VALID = {
  intent: "save",
  year: "2027",
  name: "Kundeservice Awards 2027",
  submissionOpensAt: "2027-01-04T09:00",
  submissionDeadlineAt: "2027-01-31T23:59",
  scoringDeadlineAt: "2027-03-01T12:00",
  scaleMin: "1",
  scaleMax: "10",
  minScoreSheets: "3",
  weightPromise: "30",
  weightAnchoring: "30",
  weightRealisation: "40",
};

function errorsByField(result: {
  success: boolean;
  error?: { issues: { path: (string | number)[]; message: string }[] };
}) {
  const errors: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (errors[issue.path.join(".")] ??= []).push(issue.message);
  return errors;
}

describe("the competition form reports every problem at once", () => {
  it("shows the date order, the scale and a bad name and year together", () => {
    for (const schema of [createCompetitionSchema(t, { now: NOW }), createCompetitionPageSchema(t, { now: NOW })]) {
      const result = schema.safeParse({
        ...VALID,
        year: "abc",
        name: "",
        submissionOpensAt: "2027-02-01T09:00",
        scaleMin: "10",
        scaleMax: "5",
        weightPromise: "0",
      });
      expect(errorsByField(result)).toEqual({
        year: ["Skriv et helt tall."],
        name: ["Fyll ut feltet."],
        submissionDeadlineAt: ["Fristen for innsending må være etter at innsendingen åpner."],
        scaleMax: ["Høyeste poeng må være større enn laveste."],
        weightPromise: ["Vekten må være et helt tall fra 1 til 1000."],
      });
    }
  });

  it("passes a valid form with the schema's own values", () => {
    const result = createCompetitionSchema(t, { now: NOW }).safeParse(VALID);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ year: 2027, scaleMax: 10, weightRealisation: 40 });
    expect(result.data?.submissionDeadlineAt.toISOString()).toBe("2027-01-31T22:59:00.000Z");
  });
});

describe("a deadline already passed", () => {
  const past = {
    ...VALID,
    year: "2026",
    submissionOpensAt: "2026-01-04T09:00",
    submissionDeadlineAt: "2026-01-31T23:59",
  };

  it("asks for confirmation on create, for each deadline that has passed", () => {
    expect(errorsByField(createCompetitionSchema(t, { now: NOW }).safeParse(past))).toEqual({
      confirmDeadlines: ["Fristen for innsending er allerede passert: innsendingen stenges med en gang."],
    });
    const both = { ...past, scoringDeadlineAt: "2026-03-01T12:00" };
    expect(errorsByField(createCompetitionSchema(t, { now: NOW }).safeParse(both)).confirmDeadlines).toEqual([
      "Fristen for innsending er allerede passert: innsendingen stenges med en gang.",
      "Juryens frist er allerede passert: juryen kan ikke gi poeng lenger.",
    ]);
    expect(createCompetitionSchema(t, { now: NOW }).safeParse({ ...both, confirmDeadlines: "on" }).success).toBe(true);
  });

  it("asks on the settings form only when a passed deadline is set, not when it is already stored", () => {
    const stored = {
      submissionOpensAt: new Date("2026-01-04T08:00:00Z"),
      submissionDeadlineAt: new Date("2026-01-31T22:59:00Z"),
      scoringDeadlineAt: new Date("2027-03-01T11:00:00Z"),
    };
    expect(createCompetitionPageSchema(t, { now: NOW, stored }).safeParse(past).success).toBe(true);
    const moved = { ...past, submissionDeadlineAt: "2026-02-28T23:59" };
    expect(errorsByField(createCompetitionPageSchema(t, { now: NOW, stored }).safeParse(moved))).toEqual({
      confirmDeadlines: ["Fristen for innsending er allerede passert: innsendingen stenges med en gang."],
    });
  });

  it("asks on a copy into a new year too, beside its other errors", () => {
    const result = createCloneCompetitionSchema(t, { now: NOW }).safeParse({ ...past, name: "" });
    expect(errorsByField(result)).toEqual({
      name: ["Fyll ut feltet."],
      confirmDeadlines: ["Fristen for innsending er allerede passert: innsendingen stenges med en gang."],
    });
  });
});
