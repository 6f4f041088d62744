import { Body, Button, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import type { Locale } from "#app/domain/locales.ts";
import { createTranslator } from "#app/i18n/messages.ts";

// Inline styles: mail clients ignore style sheets. The colours are the site's brand-700 and ink
// (tailwind.config.ts), which keep WCAG AA contrast on white.
const BRAND = "#0b5858";
const INK = "#1f2933";
const MUTED = "#4b5563";

const styles = {
  body: { backgroundColor: "#eef6f6", fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" },
  container: { backgroundColor: "#ffffff", maxWidth: "600px", margin: "24px auto", borderRadius: "8px" },
  header: { backgroundColor: BRAND, borderRadius: "8px 8px 0 0", padding: "16px 24px" },
  brand: { color: "#ffffff", fontSize: "18px", fontWeight: 700, margin: 0 },
  content: { padding: "8px 24px" },
  paragraph: { color: INK, fontSize: "16px", lineHeight: "24px", margin: "0 0 16px" },
  link: { color: BRAND, textDecoration: "underline" },
  button: {
    backgroundColor: BRAND,
    borderRadius: "6px",
    color: "#ffffff",
    fontSize: "16px",
    fontWeight: 600,
    padding: "12px 20px",
    textDecoration: "none",
  },
  footer: { color: MUTED, fontSize: "13px", lineHeight: "20px", margin: 0, padding: "0 24px 16px" },
} as const;

/** Every mail's frame: the brand bar, the body, and the organisers' line in the reader's language. */
export function MailLayout({ locale, preview, children }: { locale: Locale; preview: string; children: ReactNode }) {
  const t = createTranslator(locale);
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Section style={styles.header}>
            <Text style={styles.brand}>{t("app.name")}</Text>
          </Section>
          <Section style={styles.content}>{children}</Section>
          <Hr />
          <Text style={styles.footer}>{t("footer.text")}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export function MailParagraph({ children }: { children: ReactNode }) {
  return <Text style={styles.paragraph}>{children}</Text>;
}

/** The mail's one thing to do; in the text part it reads "label https://…". */
export function MailButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={{ margin: "8px 0 24px" }}>
      <Button href={href} style={styles.button}>
        {children}
      </Button>
    </Section>
  );
}

export function MailLink({ href }: { href: string }) {
  return (
    <Link href={href} style={styles.link}>
      {href}
    </Link>
  );
}

const URL_LINE = /^https?:\/\/\S+$/;

/**
 * A catalogue text (paragraphs split by blank lines, lines by newlines) as mail paragraphs, its
 * addresses as links; the line that is `action.href` becomes the mail's button. This keeps a mail's
 * wording in one catalogue entry, identical in the HTML and the text part.
 */
export function TextBody({ text, action }: { text: string; action?: { href: string; label: string } }) {
  return (
    <>
      {text.split(/\n{2,}/).map((paragraph, index) => {
        if (action && paragraph.trim() === action.href) {
          return (
            <MailButton key={index} href={action.href}>
              {action.label}
            </MailButton>
          );
        }
        const lines = paragraph.split("\n");
        return (
          <MailParagraph key={index}>
            {lines.map((line, lineIndex) => (
              <span key={lineIndex}>
                {lineIndex > 0 ? <br /> : null}
                {URL_LINE.test(line.trim()) ? <MailLink href={line.trim()} /> : line}
              </span>
            ))}
          </MailParagraph>
        );
      })}
    </>
  );
}
