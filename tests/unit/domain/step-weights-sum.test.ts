import { describe, expect, it } from "vitest";
import { typedWeights, weightsSumNote } from "#app/domain/step-weights.ts";
import { createTranslator } from "#app/i18n/messages.ts";

const nb = createTranslator("nb");
const en = createTranslator("en");
const say = (t: typeof nb, weights: Parameters<typeof weightsSumNote>[0]) => {
  const note = weightsSumNote(weights);
  return t(note.key, note.params);
};

describe("the weights' sum, said plainly", () => {
  it("calls weights that add up to 100 percentages, and nothing more", () => {
    expect(weightsSumNote({ promise: 30, anchoring: 30, realisation: 40 }).scaled).toBe(false);
    expect(say(nb, { promise: 30, anchoring: 30, realisation: 40 })).toBe("Vektene summerer til 100 %.");
    expect(say(en, { promise: 30, anchoring: 30, realisation: 40 })).toBe("The weights add up to 100 %.");
  });

  it("says that other sums are scaled to 100 %, and to which shares", () => {
    expect(weightsSumNote({ promise: 29, anchoring: 30, realisation: 31 })).toMatchObject({
      scaled: true,
      params: { sum: 90, promise: 32, anchoring: 33, realisation: 35 },
    });
    expect(say(nb, { promise: 30, anchoring: 30, realisation: 30 })).toBe(
      "Vektene summerer til 90; de skaleres til 100 %: 34 / 33 / 33 %.",
    );
    expect(say(en, { promise: 1, anchoring: 2, realisation: 4 })).toBe(
      "The weights add up to 7; they are scaled to 100 %: 14 / 29 / 57 %.",
    );
    expect(say(nb, { promise: 60, anchoring: 60, realisation: 80 })).toBe(
      "Vektene summerer til 200; de skaleres til 100 %: 30 / 30 / 40 %.",
    );
  });
});

describe("weights as typed", () => {
  it("are read only when all three are whole weights from 1 to 1000", () => {
    expect(typedWeights({ promise: "30", anchoring: " 30", realisation: "40" })).toEqual({
      promise: 30,
      anchoring: 30,
      realisation: 40,
    });
    for (const wrong of ["", "0", "-1", "2.5", "1001", "x", undefined]) {
      expect(typedWeights({ promise: wrong, anchoring: "30", realisation: "40" })).toBeNull();
    }
  });
});
