import type { StepScores } from "#app/domain/step-weights.ts";
import { JUDGING_STEPS, STEP_KEYS, type StepKey } from "#app/domain/steps.ts";
import { formatScore } from "#app/i18n/format.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

export type ChartRow = { label: string; contributions: StepScores };

// Three steps, three colours with at least 3:1 contrast against white and each other's labels.
const STEP_COLOURS: Record<StepKey, string> = {
  promise: "#0f766e",
  anchoring: "#b45309",
  realisation: "#4338ca",
};

const LABEL_WIDTH = 140;
const BAR_AREA = 420;
const ROW_HEIGHT = 26;

/**
 * Each case's weighted mean as a bar split into what each step contributed (weight share × step
 * mean), drawn on the server as SVG so it needs no script and prints as it shows.
 */
export function ContributionChart({ rows, scaleMax }: { rows: ChartRow[]; scaleMax: number }) {
  const { t, locale } = useTranslation();
  const height = rows.length * ROW_HEIGHT + 30;
  const unit = BAR_AREA / scaleMax;
  return (
    <figure className="mb-6">
      <figcaption className="mb-2 font-semibold">{t("ranking.chart")}</figcaption>
      <svg
        role="img"
        aria-label={t("ranking.chartLabel")}
        viewBox={`0 0 ${LABEL_WIDTH + BAR_AREA + 50} ${height}`}
        className="w-full max-w-3xl"
      >
        {rows.map((row, index) => {
          let x = LABEL_WIDTH;
          const y = index * ROW_HEIGHT + 4;
          const total = STEP_KEYS.reduce((sum, key) => sum + row.contributions[key], 0);
          return (
            <g key={row.label}>
              <text x={LABEL_WIDTH - 8} y={y + 14} textAnchor="end" fontSize="12" fill="#1f2937">
                {row.label}
              </text>
              {JUDGING_STEPS.map(({ key, messages }) => {
                const width = row.contributions[key] * unit;
                const bar = (
                  <rect key={key} x={x} y={y} width={width} height={ROW_HEIGHT - 8} fill={STEP_COLOURS[key]}>
                    <title>{`${t(messages.name)}: ${formatScore(row.contributions[key], locale)}`}</title>
                  </rect>
                );
                x += width;
                return bar;
              })}
              <text x={x + 6} y={y + 14} fontSize="12" fill="#1f2937">
                {formatScore(total, locale)}
              </text>
            </g>
          );
        })}
        <line x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={0} y2={rows.length * ROW_HEIGHT} stroke="#6b7280" />
      </svg>
      <ul className="mt-2 flex flex-wrap gap-4 text-sm">
        {JUDGING_STEPS.map(({ key, messages }) => (
          <li key={key} className="flex items-center gap-2">
            {/* An SVG swatch, not a style attribute: the CSP allows no inline styles. */}
            <svg aria-hidden="true" className="h-3 w-3" viewBox="0 0 12 12">
              <rect width="12" height="12" fill={STEP_COLOURS[key]} />
            </svg>
            {t(messages.name)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
