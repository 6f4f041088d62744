import { describe, expect, it } from "vitest";
import { createCompetitionPageSchema, createCompetitionSchema } from "#app/forms/competition-forms.ts";
import { createTranslator } from "#app/i18n/messages.ts";

const t = createTranslator("nb");
const VALID = {
  intent: "save",
  year: "2031",
  name: "Kundeservice Awards 2031",
  submissionOpensAt: "2031-01-04T09:00",
  submissionDeadlineAt: "2031-01-31T23:59",
  scoringDeadlineAt: "2031-03-01T12:00",
  scaleMin: "1",
  scaleMax: "10",
  minScoreSheets: "3",
  weightPromise: "30",
  weightAnchoring: "30",
  weightRealisation: "40",
};

describe("competition settings with a date that is not one", () => {
  it.each([
    ["submissionOpensAt", "ikke en dato"],
    ["submissionDeadlineAt", "2031-02-30T10:00"],
    ["scoringDeadlineAt", "2031-13-45T99:99"],
  ])("reports %s at its field instead of throwing in the date-order check", (field, value) => {
    for (const schema of [createCompetitionSchema(t), createCompetitionPageSchema(t)]) {
      const result = schema.safeParse({ ...VALID, [field]: value });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual([field]);
    }
  });
});
