import { describe, expect, it } from "vitest";
import { assignmentMail } from "#app/components/mail/assignment-mail.tsx";
import { reminderMail } from "#app/components/mail/reminder-mail.tsx";
import { renderMail } from "#app/components/mail/render-mail.tsx";

const link = "https://awards.example/jury";
const scoringDeadlineAt = new Date("2026-03-01T11:30:00Z");

describe("counts in mails", () => {
  it("writes the assignment count in the singular and the plural, in both parts", async () => {
    const one = await renderMail(assignmentMail("nb", { name: "Kari", count: 1, link, scoringDeadlineAt }));
    expect(one.subject).toBe("En ny sak å vurdere i Kundeservice Awards");
    expect(one.text).toContain("Du har fått 1 ny sak å vurdere");
    expect(one.html).toContain("Du har fått 1 ny sak å vurdere");
    const many = await renderMail(assignmentMail("en", { name: "Kari", count: 3, link, scoringDeadlineAt }));
    expect(many.text).toContain("You have 3 new cases to assess");
  });

  it("writes the reminders' totals in the singular for one case or finalist", async () => {
    const progress = { name: "Per", done: 0, total: 1, link };
    const main = await renderMail(reminderMail("nb", { ...progress, round: "main", deadline: scoringDeadlineAt }));
    expect(main.text).toContain("Du har ferdigstilt 0 av 1 sak.");
    const mainEn = await renderMail(
      reminderMail("en", { ...progress, total: 2, round: "main", deadline: scoringDeadlineAt }),
    );
    expect(mainEn.text).toContain("You have finalised 0 of 2 cases.");
    const final = await renderMail(reminderMail("en", { ...progress, round: "final", deadline: null }));
    expect(final.text).toContain("You have finalised 0 of 1 finalist.");
    const finalNb = await renderMail(reminderMail("nb", { ...progress, round: "final", deadline: null }));
    expect(finalNb.text).toContain("Du har ferdigstilt 0 av 1 finalist.");
  });
});
