import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import { createPublicationSchema, reasoningsOf, stageOfIntent } from "#app/forms/publication-forms.ts";
import { createTranslator } from "#app/i18n/messages.ts";

const schema = createPublicationSchema(createTranslator("nb"));

function parse(fields: Record<string, string>) {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.append(name, value);
  return parseWithZod(formData, { schema });
}

describe("the publish page's forms", () => {
  it("accepts every intent its buttons post", () => {
    for (const intent of [
      "prepare-finalists",
      "prepare-winners",
      "publish-finalists",
      "publish-winners",
      "resend-finalists",
      "resend-winners",
      "share-on",
      "share-off",
      "open-final-round",
      "lock-final-round",
      "unlock-final-round",
    ]) {
      // The final round opens with its own deadline (issue 15).
      const deadline: Record<string, string> =
        intent === "open-final-round" ? { finalRoundDeadline: "2099-06-01T12:00" } : {};
      expect(parse({ competitionId: "1", intent, ...deadline }).status).toBe("success");
    }
    expect(parse({ competitionId: "1", intent: "publish-everything" }).status).toBe("error");
  });

  it("puts a bad finalist count on its field and lets an empty one through for the default", () => {
    expect(parse({ intent: "prepare-finalists", finalistCount: "11" }).reply().error).toEqual({
      finalistCount: ["Velg mellom 1 og 10 finalister per kategori."],
    });
    expect(parse({ intent: "prepare-finalists", finalistCount: "" }).status).toBe("success");
  });

  it("puts a too long text on its own field, not on the finalist count", () => {
    expect(parse({ intent: "prepare-winners", "reasoning-4": "x".repeat(4001) }).reply().error).toEqual({
      "reasoning-4": ["Bruk høyst 4000 tegn."],
    });
    expect(parse({ intent: "prepare-finalists", overrideReason: "x".repeat(2001) }).reply().error).toEqual({
      overrideReason: ["Bruk høyst 2000 tegn."],
    });
  });

  it("reads the jury's reasoning per category from the reasoning fields only", () => {
    const submission = parse({
      competitionId: "1",
      intent: "prepare-winners",
      "reasoning-4": "  Et løfte som holdes. ",
      "reasoning-7": "",
    });
    expect(submission.status).toBe("success");
    if (submission.status !== "success" || submission.value.intent !== "prepare-winners") return;
    expect(reasoningsOf(submission.value)).toEqual({ 4: "Et løfte som holdes.", 7: "" });
  });

  it("knows which stage a form belongs to", () => {
    expect(stageOfIntent("prepare-finalists")).toBe("finalists");
    expect(stageOfIntent("resend-winners")).toBe("winners");
    expect(stageOfIntent("share-on")).toBeNull();
    expect(stageOfIntent(undefined)).toBeNull();
  });
});
