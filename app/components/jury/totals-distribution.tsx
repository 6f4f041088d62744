import type { TotalsDistribution } from "#app/domain/juror-sheets.ts";
import { formatScore } from "#app/i18n/format.ts";
import { useTranslation } from "#app/i18n/use-translation.ts";

// Two colours with at least 3:1 contrast against white and against each other.
const OWN_COLOUR = "#4338ca";
const JURY_COLOUR = "#9ca3af";
const BIN_WIDTH = 48;
const BAR_HEIGHT = 120;
const TOP = 10;

/**
 * The juror's totals against the rest of the jury's, as the share of each in every interval of the
 * scale: shares, since the jury has many more sheets. Drawn on the server as SVG, with the same
 * counts in a table beside it for a screen reader and for print.
 */
export function TotalsDistributionChart({ distribution }: { distribution: TotalsDistribution }) {
  const { t, locale } = useTranslation();
  const { bins, own, jury } = distribution;
  const share = (count: number, total: number) => (total ? count / total : 0);
  const mean = (value: number | null) => (value === null ? t("ownSheets.noMean") : formatScore(value, locale));
  const width = bins.length * BIN_WIDTH + 10;
  const summary = t("ownSheets.distributionLabel", {
    own: own.count,
    ownMean: mean(own.mean),
    jury: jury.count,
    juryMean: mean(jury.mean),
  });
  return (
    <figure className="mb-8" data-testid="totals-distribution">
      <figcaption className="mb-2 font-semibold">{t("ownSheets.distribution")}</figcaption>
      <p className="mb-2 text-sm">{t("ownSheets.distributionIntro")}</p>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${width} ${TOP + BAR_HEIGHT + 24}`}
        className="w-full max-w-2xl"
      >
        {bins.map((bin, index) => {
          const x = 5 + index * BIN_WIDTH;
          const bar = (value: number, offset: number, colour: string, label: string) => {
            const height = value * BAR_HEIGHT;
            return (
              <rect
                x={x + offset}
                y={TOP + BAR_HEIGHT - height}
                width={BIN_WIDTH / 2 - 6}
                height={height}
                fill={colour}
              >
                <title>{`${label}: ${Math.round(value * 100)} %`}</title>
              </rect>
            );
          };
          return (
            <g key={bin.from}>
              {bar(share(bin.own, own.count), 4, OWN_COLOUR, t("ownSheets.you"))}
              {bar(share(bin.jury, jury.count), BIN_WIDTH / 2, JURY_COLOUR, t("ownSheets.jury"))}
              <text x={x + BIN_WIDTH / 2} y={TOP + BAR_HEIGHT + 16} textAnchor="middle" fontSize="11" fill="#1f2937">
                {bin.from}–{bin.to}
              </text>
            </g>
          );
        })}
        <line x1={5} x2={width - 5} y1={TOP + BAR_HEIGHT} y2={TOP + BAR_HEIGHT} stroke="#6b7280" />
      </svg>
      <ul className="mt-2 flex flex-wrap gap-4 text-sm">
        {[
          { colour: OWN_COLOUR, label: t("ownSheets.you") },
          { colour: JURY_COLOUR, label: t("ownSheets.jury") },
        ].map(({ colour, label }) => (
          <li key={colour} className="flex items-center gap-2">
            {/* An SVG swatch, not a style attribute: the CSP allows no inline styles. */}
            <svg aria-hidden="true" className="h-3 w-3" viewBox="0 0 12 12">
              <rect width="12" height="12" fill={colour} />
            </svg>
            {label}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm" data-testid="distribution-summary">
        {summary}
      </p>
      <table className="sr-only">
        <thead>
          <tr>
            <th scope="col">{t("ownSheets.col.total")}</th>
            <th scope="col">{t("ownSheets.you")}</th>
            <th scope="col">{t("ownSheets.jury")}</th>
          </tr>
        </thead>
        <tbody>
          {bins.map((bin) => (
            <tr key={bin.from}>
              <th scope="row">{t("ownSheets.range", { from: bin.from, to: bin.to })}</th>
              <td>{bin.own}</td>
              <td>{bin.jury}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
