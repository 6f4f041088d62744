import { useId } from "react";
import type { PublicAgreementText } from "#app/utils/published-confidence-text.server.ts";

/**
 * The jury's agreement beside the ranking rules, when the chair chose to show it: the figure, its
 * plain reading and the method, worded on the server (`publicAgreementText`).
 */
export function PublicAgreement({
  text,
  headingLevel = 2,
  className = "",
}: {
  text: NonNullable<PublicAgreementText>;
  /** 3 inside the chair's preview of the public page, under its own headings. */
  headingLevel?: 2 | 3;
  className?: string;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  // The chair's page previews two stages, each maybe with the block: ids of their own.
  const id = useId();
  return (
    <section aria-labelledby={id} data-testid="public-agreement" className={className}>
      <Heading id={id} className="mb-1 text-lg font-semibold">
        {text.heading}
      </Heading>
      {text.lines.map((line) => (
        <p key={line} className="max-w-prose text-sm">
          {line}
        </p>
      ))}
    </section>
  );
}
