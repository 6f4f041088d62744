import { describe, expect, it } from "vitest";
import { invitationMail } from "#app/components/mail/invitation-mail.tsx";
import { passwordResetMail } from "#app/components/mail/password-reset-mail.tsx";
import { reminderMail } from "#app/components/mail/reminder-mail.tsx";
import { renderMail } from "#app/components/mail/render-mail.tsx";
import { resultMail } from "#app/components/mail/result-mail.tsx";
import { submissionReceiptMail } from "#app/components/mail/submission-receipt-mail.tsx";

const link = "https://awards.example/reset-password/abc_DEF-123";
const expiresAt = new Date("2026-03-01T11:30:00Z");

const receipt = {
  recipientName: "Kari Nordmann",
  submitterName: "Ola Nordmann",
  reference: "KSA-2026-0007",
  title: "Svar innen en time",
  categoryName: "Store virksomheter",
  organisationName: "Fjordkraft <Kundesenter>",
  submittedAt: new Date("2026-01-15T13:05:00Z"),
  deadline: new Date("2026-02-01T22:59:00Z"),
  attachments: [
    { name: "Kundeundersøkelse 2026.pdf", sizeBytes: 204_800 },
    { name: "rutiner.png", sizeBytes: 100 },
  ],
  link: "https://awards.example/entrant/cases/7/receipt",
};

describe("mail templates", () => {
  it("renders the same wording in the HTML and the text part, with the link once as a button", async () => {
    const mail = await renderMail(passwordResetMail("nb", { name: "Kari", email: "kari@example.no", link, expiresAt }));
    expect(mail.subject).toBe("Velg nytt passord for Kundeservice Awards");
    expect(mail.text).toContain("Hei Kari!");
    expect(mail.text).toContain("Velg nytt passord " + link);
    expect(mail.text).toContain("gjelder til 1. mars 2026 kl. 12:30");
    expect(mail.text).toContain("Kundeservice Awards arrangeres av ANFO og Virke.");
    expect(mail.text).not.toContain("<");
    expect(mail.html).toContain('lang="nb"');
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.html).toContain("Hei Kari!");
  });

  it("writes in the recipient's language, footer included", async () => {
    const mail = await renderMail(invitationMail("en", { link, expiresAt }));
    expect(mail.subject).toBe("Invitation to the Kundeservice Awards jury");
    expect(mail.text).toContain("Create your juror account " + link);
    expect(mail.text).toContain("Kundeservice Awards is organised by ANFO and Virke.");
    expect(mail.html).toContain('lang="en"');
  });

  it("names the final round without a deadline and the main round with one", async () => {
    const progress = { name: "Per", done: 1, total: 3, link: "https://awards.example/jury" };
    const main = await renderMail(reminderMail("nb", { ...progress, round: "main", deadline: expiresAt }));
    const final = await renderMail(reminderMail("nb", { ...progress, round: "final", deadline: null }));
    expect(main.subject).toBe("Påminnelse: saker venter på din vurdering");
    expect(main.text).toContain("Fristen for juryen er 1. mars 2026");
    expect(final.subject).toBe("Påminnelse: finalerunden venter på din vurdering");
    expect(final.text).toContain("1 av 3 finalister");
  });

  it("lists the receipt's reference, Oslo time and attachments, escaping what the company typed", async () => {
    const mail = await renderMail(submissionReceiptMail("nb", receipt));
    expect(mail.subject).toBe("Kvittering: KSA-2026-0007 er sendt inn");
    expect(mail.text).toContain("Hei Kari Nordmann!");
    expect(mail.text).toContain("15. januar 2026 kl. 14:05");
    expect(mail.text).toContain("Kundeundersøkelse 2026.pdf (200 kB), rutiner.png (1 kB)");
    expect(mail.text).toContain("Ola Nordmann");
    expect(mail.html).toContain("Fjordkraft &lt;Kundesenter&gt;");
    expect(mail.html).not.toContain("<Kundesenter>");
  });

  it("says so when a receipt has no attachments, in English too", async () => {
    const mail = await renderMail(submissionReceiptMail("en", { ...receipt, attachments: [] }));
    expect(mail.subject).toBe("Receipt: KSA-2026-0007 has been submitted");
    expect(mail.text).toContain("No attachments");
    expect(mail.text).toContain("15 January 2026 at 14:05");
  });

  it("sends a result mail's approved text unchanged, its address as a link", async () => {
    const text = "Hei Kari!\n\nSe finalistene her:\nhttps://awards.example/results/2026\n\nVennlig hilsen\nJuryen";
    const mail = await renderMail(resultMail("nb", { subject: "Finalistene", text }));
    expect(mail.text).toContain("Se finalistene her:\nhttps://awards.example/results/2026");
    expect(mail.text).toContain("Vennlig hilsen\nJuryen");
    expect(mail.html).toContain('href="https://awards.example/results/2026"');
  });
});
