/**
 * CSV that opens cleanly in Excel with Norwegian settings: UTF-8 with a byte-order mark (so æøå
 * survive), semicolons between cells (the list separator where the decimal mark is a comma), CRLF
 * line ends, and decimal commas in numbers.
 */
export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

function formatCell(cell: CsvCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isInteger(cell) ? String(cell) : cell.toFixed(2).replace(".", ",");
  // Text that a spreadsheet would run as a formula is shown as text instead.
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(formatCell).join(";")).join("\r\n")}\r\n`;
}

/** One column of an export: its header and how each row fills it, kept together so they cannot drift apart. */
export type CsvColumn<Row> = { header: string; cell: (row: Row) => CsvCell };

/** A header line from the columns, then one line per row. */
export function csvTable<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  return toCsv([
    columns.map((column) => column.header),
    ...rows.map((row) => columns.map((column) => column.cell(row))),
  ]);
}

export function csvResponse(body: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
