import { describe, expect, it } from "vitest";
import { nb } from "#app/i18n/nb.ts";
import { browserKeyAudience } from "../../../tooling/locale-catalogues.ts";

describe("the browser's share of the catalogue", () => {
  const audienceOf = browserKeyAudience();

  it("keeps keys browser code names, directly or by a prefix", () => {
    expect(audienceOf("nav.login")).toBe("everyone");
    expect(audienceOf("footer.text")).toBe("everyone");
    expect(audienceOf("caseStage.draftTodo")).toBe("everyone");
    // t(`case.status.${status}`), on the chair's case pages only
    expect(audienceOf("case.status.draft")).toBe("chair/cases");
  });

  it("leaves out what only the server words: mails and CSV headings", () => {
    expect(audienceOf("mail.verify.subject")).toBeNull();
    expect(audienceOf("csv.rank")).toBeNull();
  });

  it("sends what only some of the chair's or jurors' pages name in a part of their own", () => {
    expect(audienceOf("jury.invite.state.replaced")).toBe("chair/jurors");
    expect(audienceOf("ranking.method.mean")).toBe("chair/ranking");
    expect(audienceOf("caseVersions.seeChanges")).toBe("jury/cases");
    // The error page and the form summary are everyone's, wherever else they appear.
    expect(audienceOf("refusal.backToPage")).toBe("everyone");
  });

  it("keeps most of the catalogue, and most of it off the entrants' pages", () => {
    const keys = Object.keys(nb);
    const everyones = keys.filter((key) => audienceOf(key) === "everyone").length;
    const staffs = keys.filter((key) => /^(chair|jury)(\/|$)/.test(audienceOf(key) ?? "")).length;
    expect(everyones + staffs).toBeGreaterThan(keys.length / 2);
    expect(staffs).toBeGreaterThan(everyones / 2);
  });
});
