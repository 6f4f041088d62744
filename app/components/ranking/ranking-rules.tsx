import type { RankingRules as Rules } from "#app/domain/ranking.ts";
import { rankingRulesText } from "#app/i18n/ranking-rules.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

/** The method and the tie-break in plain words, as the ranking applies them. */
export function RankingRules({ rules, className = "" }: { rules: Rules; className?: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="ranking-rules" data-testid="ranking-rules" className={className}>
      <h2 id="ranking-rules" className="mb-1 text-lg font-semibold">
        {t("rules.heading")}
      </h2>
      {rankingRulesText(rules, t).map((line) => (
        <p key={line} className="max-w-prose text-sm">
          {line}
        </p>
      ))}
    </section>
  );
}
