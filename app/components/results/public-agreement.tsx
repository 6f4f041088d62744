import type { PublicAgreementText } from "#app/utils/published-confidence-text.server.ts";

/**
 * The jury's agreement beside the ranking rules, when the chair chose to show it: the figure, its
 * plain reading and the method, worded on the server (`publicAgreementText`).
 */
export function PublicAgreement({
  text,
  className = "",
}: {
  text: NonNullable<PublicAgreementText>;
  className?: string;
}) {
  return (
    <section aria-labelledby="public-agreement" data-testid="public-agreement" className={className}>
      <h2 id="public-agreement" className="mb-1 text-lg font-semibold">
        {text.heading}
      </h2>
      {text.lines.map((line) => (
        <p key={line} className="max-w-prose text-sm">
          {line}
        </p>
      ))}
    </section>
  );
}
