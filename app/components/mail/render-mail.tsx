import { render } from "@react-email/render";
import { MailLayout } from "./mail-layout.tsx";
import type { MailContent } from "./mail-content.ts";

export type RenderedMail = { subject: string; html: string; text: string };

// Headings and table headers keep their case in the text part (html-to-text shouts them by default).
const TEXT_OPTIONS = {
  selectors: ["h1", "h2", "h3", "th"].map((selector) => ({ selector, options: { uppercase: false } })),
};

/** Both parts of one mail from the same element, so the HTML and the text never say different things. */
export async function renderMail(mail: MailContent): Promise<RenderedMail> {
  const element = (
    <MailLayout locale={mail.locale} preview={mail.subject}>
      {mail.body}
    </MailLayout>
  );
  const [html, text] = await Promise.all([
    render(element),
    render(element, { plainText: true, htmlToTextOptions: TEXT_OPTIONS }),
  ]);
  return { subject: mail.subject, html, text };
}
