import type { ReactNode } from "react";

/** One row of figures: a row header naming what the cells measure, then the cells in column order. */
export type FigureRow = { key: string | number; head: ReactNode; cells: ReactNode[]; strong?: boolean };

/**
 * A small table of figures under a header row, each row named by its first cell: the confidence
 * section's severity, places and intervals read alike, and a screen reader names every cell.
 */
export function FigureTable({
  columns,
  rows,
  testId,
  className = "",
}: {
  columns: readonly string[];
  rows: readonly FigureRow[];
  testId?: string;
  className?: string;
}) {
  return (
    <div className={`overflow-x-auto ${className}`.trim()}>
      <table className="text-left text-sm [&_td]:pr-4 [&_th]:pr-4" data-testid={testId}>
        <thead>
          <tr className="border-b">
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={`border-b ${row.strong ? "font-semibold" : ""}`.trim()}>
              <th scope="row" className="font-normal">
                {row.head}
              </th>
              {row.cells.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
