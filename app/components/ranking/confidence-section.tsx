import type { ConfidenceView } from "#app/utils/verdict-confidence-text.server.ts";
import { ConfidenceChart } from "./confidence-chart.tsx";
import { FigureTable } from "./figure-table.tsx";

type SeverityRow = ConfidenceView["severity"]["category"][number];

function SeverityTable({ rows, columns, none }: { rows: SeverityRow[]; columns: string[]; none: string }) {
  if (rows.length === 0) return <p className="text-sm">{none}</p>;
  return (
    <FigureTable
      columns={columns}
      rows={rows.map((row) => ({
        key: row.key,
        head: row.name,
        cells: [row.value, row.cases, row.flag],
        strong: Boolean(row.flag),
      }))}
    />
  );
}

/**
 * "How sure is the ranking?": agreement, severity, stability, uncertainty, weights (the cases short of sheets are listed apart).
 * Every word comes worded from the server (`confidenceView`), so none of it enlarges the catalogue
 * the staff's pages load.
 */
export function ConfidenceSection({
  view,
  id = "confidence-heading",
  level = 2,
  title,
}: {
  view: ConfidenceView;
  /** The heading's id: several sections on one page (the publish page, a category each) need their own. */
  id?: string;
  /** The heading level, its parts one below: 3 where the section sits under a page's own h2. */
  level?: 2 | 3;
  /** A title in place of the view's own heading (the category's name, where the page says the rest). */
  title?: string;
}) {
  const { agreement, severity, stability, intervals, margins, weights } = view;
  const Heading = level === 2 ? "h2" : "h3";
  const Part = level === 2 ? "h3" : "h4";
  const heading = (text: string) => <Part className="mb-1 text-lg font-semibold">{text}</Part>;
  return (
    <section aria-labelledby={id} data-testid="confidence" className="mb-6 mt-8">
      <Heading id={id} className="mb-2 text-2xl font-semibold">
        {title ?? view.heading}
      </Heading>
      <p className="mb-4 max-w-prose text-sm">{view.intro}</p>

      {heading(agreement.heading)}
      <div className="mb-4 space-y-1" data-testid="confidence-agreement">
        <p>{agreement.category[0]}</p>
        <p className="text-sm">{agreement.category[1]}</p>
        <p className="text-sm">{agreement.perStep}</p>
        <p>{agreement.competition[0]}</p>
        <p className="text-sm">{agreement.competition[1]}</p>
      </div>

      {heading(severity.heading)}
      <p className="mb-2 max-w-prose text-sm">{severity.explain}</p>
      {severity.hint ? <p className="mb-2 max-w-prose font-semibold">{severity.hint}</p> : null}
      <SeverityTable rows={severity.category} columns={severity.columns} none={severity.none} />
      <details className="mt-2">
        <summary className="cursor-pointer">{severity.competitionHeading}</summary>
        <SeverityTable rows={severity.competition} columns={severity.columns} none={severity.none} />
      </details>
      <p className="mb-4 mt-1 text-sm text-ink-muted">{severity.rule}</p>

      {heading(stability.heading)}
      <p className="mb-2 max-w-prose text-sm">{stability.explain}</p>
      {/* A warning is set apart in strong type; a role="alert" would interrupt on every page load. */}
      <div className="mb-2 space-y-1" data-testid="confidence-stability">
        {stability.lines.map((line) => (
          <p key={line.text} className={line.alert ? "font-semibold text-red-800" : ""}>
            {line.text}
          </p>
        ))}
      </div>
      {stability.rows.length > 0 ? (
        <FigureTable
          className="mb-4"
          testId="confidence-ranks"
          columns={stability.columns}
          rows={stability.rows.map((row) => ({
            key: row.caseId,
            head: row.label,
            cells: [row.rank ?? "–", row.best ?? "–", row.worst ?? "–"],
          }))}
        />
      ) : null}

      {heading(intervals.heading)}
      <p className="mb-2 max-w-prose text-sm">{intervals.explain}</p>
      {intervals.rows.length > 0 ? <ConfidenceChart {...intervals} /> : null}

      {heading(margins.heading)}
      <ul className="mb-1 space-y-1" data-testid="confidence-margins">
        {margins.lines.map((line) => (
          <li key={line.key} className={line.strong ? "font-semibold" : ""}>
            {line.text}
          </li>
        ))}
      </ul>
      <p className="mb-4 text-sm text-ink-muted">{margins.rule}</p>

      {heading(weights.heading)}
      <div className="mb-4 space-y-1" data-testid="confidence-weights">
        {weights.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </section>
  );
}
