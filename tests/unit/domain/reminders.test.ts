import { describe, expect, it } from "vitest";
import { checkRecipients, hasUnfinished } from "#app/domain/reminders.ts";

const standings = [
  { jurorId: "behind", name: "Bjørn Berg", assigned: 3, final: 1 },
  { jurorId: "done", name: "Didrik Eng", assigned: 2, final: 2 },
  { jurorId: "idle", name: "Erik Fjord", assigned: 0, final: 0 },
];

describe("who a reminder may go to", () => {
  it("takes a juror with sheets left, once however often the id is posted", () => {
    const { recipients, refused } = checkRecipients(standings, ["behind", "behind"]);
    expect(recipients.map((juror) => juror.jurorId)).toEqual(["behind"]);
    expect(refused).toEqual([]);
  });

  it("names every juror it refuses, with the reason for each", () => {
    const { recipients, refused } = checkRecipients(standings, ["behind", "done", "idle", "stranger"]);
    expect(recipients.map((juror) => juror.jurorId)).toEqual(["behind"]);
    expect(refused).toEqual([
      { name: "Didrik Eng", reason: "all-final" },
      { name: "Erik Fjord", reason: "no-cases" },
      { name: "stranger", reason: "unknown" },
    ]);
  });

  it("chooses nobody from an empty choice", () => {
    expect(checkRecipients(standings, [])).toEqual({ recipients: [], refused: [] });
  });

  it("counts a juror as unfinished only while final sheets are fewer than assigned ones", () => {
    expect(standings.map(hasUnfinished)).toEqual([true, false, false]);
  });
});
