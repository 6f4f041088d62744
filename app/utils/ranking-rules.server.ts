import type { RankingRules } from "#app/domain/ranking.ts";
import { JUDGING_STEPS } from "#app/domain/steps.ts";
import type { Translate } from "#app/i18n/messages.ts";

/**
 * The ranking rules in plain words, one sentence group a line: the method, the tie-break, the full
 * tie. The ranking page, the CSV's first line and the public page all show these lines. Worded on
 * the server and sent with the page's data, so the long texts stay out of every page's catalogue.
 */
export function rankingRulesText(rules: RankingRules, t: Translate): string[] {
  const stepName = (key: RankingRules["tieBreakSteps"][number]) =>
    t(JUDGING_STEPS.find((step) => step.key === key)!.messages.name);
  const [first, second, third] = rules.tieBreakSteps.map(stepName);
  return [
    t(`rules.method.${rules.method}`, { from: rules.trimFromSheets }),
    t("rules.tieBreak", { first: first!, second: second!, third: third! }),
    t("rules.fullTie"),
  ];
}
