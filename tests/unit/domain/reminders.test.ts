import { describe, expect, it } from "vitest";
import { checkRecipients, hasUnfinished } from "#app/domain/reminders.ts";

const standings = [
  { jurorId: "behind", name: "Bjørn Berg", assigned: 3, final: 1 },
  { jurorId: "done", name: "Didrik Eng", assigned: 2, final: 2 },
  { jurorId: "idle", name: "Erik Fjord", assigned: 0, final: 0 },
];

describe("who a reminder may go to", () => {
  it("takes a juror with sheets left, once however often the id is posted", () => {
    const { recipients, problems } = checkRecipients(standings, ["behind", "behind"]);
    expect(recipients.map((juror) => juror.jurorId)).toEqual(["behind"]);
    expect(problems).toEqual([]);
  });

  it("names every juror it refuses, with the reason for each", () => {
    const { problems } = checkRecipients(standings, ["behind", "done", "idle", "stranger"]);
    expect(problems).toEqual([
      { field: "jurorIds", messageKey: "reminders.refused.all-final", params: { name: "Didrik Eng" } },
      { field: "jurorIds", messageKey: "reminders.refused.no-cases", params: { name: "Erik Fjord" } },
      { field: "jurorIds", messageKey: "reminders.refused.unknown", params: { name: "stranger" } },
    ]);
  });

  it("asks for a choice when nobody is chosen", () => {
    expect(checkRecipients(standings, []).problems).toEqual([
      { field: "jurorIds", messageKey: "reminders.noneChosen" },
    ]);
  });

  it("counts a juror as unfinished only while final sheets are fewer than assigned ones", () => {
    expect(standings.map(hasUnfinished)).toEqual([true, false, false]);
  });
});
