import { csvFormatRows } from "d3-dsv";
import { GRAPHICS } from "../../src/charts/registry.ts";
import type { ChartRecords, DataTable, TableCell } from "../../src/charts/types.ts";
import { DOWNLOADS_DIR } from "../pictures/downloadsDir.ts";

/**
 * Spreadsheet programs read a CSV without a byte-order mark in the machine's old code page,
 * turning "±", "²" and curly quotes into debris; with one, as UTF-8.
 */
export const UTF8_BOM = "\uFEFF";

/** A table cell as plain text: a marked span is text like any other. */
export function cellText(cell: TableCell): string {
  if (cell === undefined) return "";
  if (typeof cell !== "object") return String(cell);
  return `${cell.before ?? ""}${cell.span.text}`;
}

/** A graphic's declared table as a CSV file: the same heads and rows the page shows. */
export function tableCsv(table: DataTable, records: ChartRecords): string {
  const rows = [table.columns(records.edition), ...table.rows(records)].map((row) =>
    row.map(cellText),
  );
  return `${UTF8_BOM}${csvFormatRows(rows)}\r\n`;
}

/** Where a graphic's table is published as CSV, inside dist/. */
export const graphicCsvPath = (graphic: string) => `${DOWNLOADS_DIR}/${graphic}-data.csv`;

/** Every graphic's table as CSV, by its path. */
export function graphicCsvFiles(records: ChartRecords): Map<string, string> {
  return new Map(
    Object.values(GRAPHICS).map((g) => [graphicCsvPath(g.name), tableCsv(g.table, records)]),
  );
}
