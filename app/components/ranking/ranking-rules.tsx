import { useTranslation } from "#app/i18n/use-translation.ts";

/** The method and the tie-break in plain words (worded by `rankingRulesText` on the server). */
export function RankingRules({ lines, className = "" }: { lines: string[]; className?: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="ranking-rules" data-testid="ranking-rules" className={className}>
      <h2 id="ranking-rules" className="mb-1 text-lg font-semibold">
        {t("rules.heading")}
      </h2>
      {lines.map((line) => (
        <p key={line} className="max-w-prose text-sm">
          {line}
        </p>
      ))}
    </section>
  );
}
