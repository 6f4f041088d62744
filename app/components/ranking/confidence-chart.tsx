import type { ConfidenceView } from "#app/utils/verdict-confidence-text.server.ts";
import { FigureTable } from "./figure-table.tsx";

type Intervals = ConfidenceView["intervals"];

const LABEL_WIDTH = 140;
const PLOT_WIDTH = 420;
const ROW_HEIGHT = 24;

/**
 * Each case's score as a dot on the scale, its 95 % interval as a thick line and the range of its
 * jurors' totals as a thin one: drawn on the server as SVG (no script, prints as shown), with the
 * same figures in a table below it for screen readers and for reading exact values.
 */
export function ConfidenceChart({ rows, scale, chartLabel, columns }: Intervals) {
  const width = scale.max - scale.min;
  // Intervals may reach past the scale with few sheets: drawn to its edge, printed in full below.
  const x = (value: number) =>
    LABEL_WIDTH + (Math.min(Math.max(value, scale.min), scale.max) - scale.min) * (PLOT_WIDTH / width);
  const height = rows.length * ROW_HEIGHT + 24;
  const ticks = Array.from({ length: width + 1 }, (_, index) => scale.min + index);
  return (
    <figure className="mb-4" data-testid="confidence-chart">
      <svg
        role="img"
        aria-label={chartLabel}
        viewBox={`0 0 ${LABEL_WIDTH + PLOT_WIDTH + 20} ${height}`}
        className="w-full max-w-3xl"
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={0} y2={rows.length * ROW_HEIGHT} stroke="#e5e7eb" />
            <text x={x(tick)} y={rows.length * ROW_HEIGHT + 16} textAnchor="middle" fontSize="11" fill="#4b5563">
              {tick}
            </text>
          </g>
        ))}
        {rows.map((row, index) => {
          const y = index * ROW_HEIGHT + ROW_HEIGHT / 2;
          return (
            <g key={row.label}>
              <text x={LABEL_WIDTH - 8} y={y + 4} textAnchor="end" fontSize="12" fill="#1f2937">
                {row.label}
              </text>
              <line x1={x(row.min)} x2={x(row.max)} y1={y} y2={y} stroke="#6b7280" strokeWidth="1.5" />
              {row.low !== null && row.high !== null ? (
                <line x1={x(row.low)} x2={x(row.high)} y1={y} y2={y} stroke="#4338ca" strokeWidth="6" opacity="0.6" />
              ) : null}
              <circle cx={x(row.score)} cy={y} r="4.5" fill="#1f2937">
                <title>{`${row.label}: ${row.scoreText}`}</title>
              </circle>
            </g>
          );
        })}
      </svg>
      <FigureTable
        className="mt-2"
        testId="confidence-intervals"
        columns={columns}
        rows={rows.map((row) => ({
          key: row.label,
          head: row.label,
          cells: [row.scoreText, row.intervalText, row.rangeText],
        }))}
      />
    </figure>
  );
}
