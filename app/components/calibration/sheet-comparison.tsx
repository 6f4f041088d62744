import { Section } from "#app/components/ui/section.tsx";
import type { FigureComparison, SheetComparison } from "#app/domain/calibration.ts";
import { JUDGING_STEPS } from "#app/domain/steps.ts";
import { formatScore } from "#app/i18n/format.ts";
import { countPhrase } from "#app/i18n/plural.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

/**
 * How the juror's submitted sample sheet compares with the others' submitted so far: per step and
 * for the weighted total, their score against the others' median and range, then one sentence on
 * the total. Counts only: the others are never named. Rendered from the server's figures.
 */
export function SheetComparisonSection({ comparison, threshold }: { comparison: SheetComparison; threshold: number }) {
  const { t, locale } = useTranslation();
  const score = (value: number | null) => (value === null ? "–" : formatScore(value, locale));
  const row = (label: string, figure: FigureComparison, strong = false) => (
    <tr key={label} className={`border-b ${strong ? "font-semibold" : ""}`} data-testid="comparison-row">
      <th scope="row" className="py-2 pr-3 text-left font-normal">
        {label}
      </th>
      <td className="pr-3 text-right">{score(figure.own)}</td>
      <td className="pr-3 text-right">{score(figure.median)}</td>
      <td className="text-right">
        {figure.min === null || figure.max === null ? "–" : `${score(figure.min)}–${score(figure.max)}`}
      </td>
    </tr>
  );
  const { total } = comparison;
  const difference = total.difference === null ? "" : formatScore(Math.abs(total.difference), locale);
  return (
    <Section title={t("calibration.compare.title")} className="mb-8">
      {comparison.others === 0 ? (
        <p data-testid="comparison-none">{t("calibration.compare.noneYet")}</p>
      ) : (
        <>
          <p className="mb-3" data-testid="comparison-basis">
            {countPhrase(t, locale, comparison.others, {
              one: "calibration.compare.basis.one",
              other: "calibration.compare.basis.other",
            })}
          </p>
          <table className="mb-4 w-full text-sm" data-testid="comparison">
            <caption className="mb-2 text-left font-semibold">{t("calibration.compare.caption")}</caption>
            <thead className="border-b">
              <tr>
                <th scope="col" className="py-2 text-left">
                  {t("calibration.compare.figure")}
                </th>
                <th scope="col" className="text-right">
                  {t("calibration.compare.own")}
                </th>
                <th scope="col" className="text-right">
                  {t("calibration.compare.median")}
                </th>
                <th scope="col" className="text-right">
                  {t("calibration.compare.range")}
                </th>
              </tr>
            </thead>
            <tbody>
              {JUDGING_STEPS.map((step) => row(t(step.messages.name), comparison.steps[step.key]))}
              {row(t("calibration.col.total"), total, true)}
            </tbody>
          </table>
          <p className="font-semibold" data-testid="comparison-verdict">
            {total.leaning === "harsher"
              ? t("calibration.verdict.harsher", { difference })
              : total.leaning === "milder"
                ? t("calibration.verdict.milder", { difference })
                : total.leaning === "inLine"
                  ? t("calibration.verdict.inLine")
                  : t("calibration.verdict.tooFew")}
          </p>
          <p className="text-sm text-ink-muted">
            {t("calibration.verdict.rule", { threshold: formatScore(threshold, locale) })}
          </p>
        </>
      )}
    </Section>
  );
}
