/**
 * CSV that opens cleanly in Excel with Norwegian settings: UTF-8 with a byte-order mark (so æøå
 * survive), semicolons between cells (the list separator where the decimal mark is a comma), CRLF
 * line ends, and decimal commas in numbers.
 */
export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** `decimal` prints every number with two decimals, so 7,00 stands beside 6,70 in a column. */
function formatCell(cell: CsvCell, decimal = false): string {
  if (cell === null) return "";
  if (typeof cell === "number")
    return Number.isInteger(cell) && !decimal ? String(cell) : cell.toFixed(2).replace(".", ",");
  // Text that a spreadsheet would run as a formula is shown as text instead.
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvDocument(lines: readonly string[]): string {
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return csvDocument(rows.map((row) => row.map((cell) => formatCell(cell)).join(";")));
}

/** One column of an export: its header and how each row fills it, kept together so they cannot drift apart. */
export type CsvColumn<Row> = { header: string; cell: (row: Row) => CsvCell; decimal?: boolean };

/**
 * A comment line first: "#" and the text, unquoted, in one cell. Parsers skip it as a comment
 * (pandas `comment="#"`, R `comment.char`), and a spreadsheet shows it as a note above the table.
 * The separators and quotes a cell would need are left out, so the line stays one plain cell.
 */
function commentLine(text: string): string {
  return `# ${text.replace(/[;"\r\n]+/g, " ").trim()}`;
}

/** A header line from the columns, then one line per row; `comment` first as a "#" line when given. */
export function csvTable<Row>(
  columns: readonly CsvColumn<Row>[],
  rows: readonly Row[],
  options: { comment?: string } = {},
): string {
  const header = columns.map((column) => formatCell(column.header)).join(";");
  const lines = rows.map((row) => columns.map((column) => formatCell(column.cell(row), column.decimal)).join(";"));
  return csvDocument([...(options.comment ? [commentLine(options.comment)] : []), header, ...lines]);
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
