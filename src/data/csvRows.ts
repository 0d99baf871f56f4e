import { csvParseRows } from "d3-dsv";
import { DataError, quote } from "./DataError.ts";

/** One data row as text, with the file line it starts on. Empty cells are absent. */
export interface CsvRow {
  line: number;
  cells: Record<string, string | undefined>;
}

/**
 * Splits a CSV file into header-keyed rows and rejects anything structurally off:
 * a byte-order mark, an empty file, missing or unexpected columns, ragged rows and
 * cells with stray whitespace. Values are left as text for the schema to judge.
 */
export function csvRows(file: string, text: string, columns: readonly string[]): CsvRow[] {
  if (text.charCodeAt(0) === 0xfeff) {
    throw new DataError(
      file,
      1,
      null,
      "starts with a byte-order mark; save it as UTF-8 without BOM",
    );
  }
  if (text.trim() === "") throw new DataError(file, null, null, "is empty; expected a header row");

  const [header = [], ...body] = csvParseRows(text.replace(/\r\n/g, "\n"));
  for (const name of header) {
    if (name !== name.trim()) {
      throw new DataError(file, 1, name.trim(), `header ${quote(name)} has stray whitespace`);
    }
  }
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new DataError(
      file,
      1,
      missing[0] ?? null,
      `missing column (expected: ${columns.join(",")})`,
    );
  }
  const extra = header.filter((c) => !columns.includes(c));
  if (extra.length > 0) throw new DataError(file, 1, extra[0] ?? null, "unexpected column");
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) throw new DataError(file, 1, name, "column appears twice");
    seen.add(name);
  }
  if (header.join(",") !== columns.join(",")) {
    throw new DataError(file, 1, null, `columns out of order; expected ${columns.join(",")}`);
  }

  const rows: CsvRow[] = [];
  // Each row is one line of the file: a line break inside a cell is refused below.
  for (const [i, fields] of body.entries()) {
    const rowLine = i + 2;
    if (fields.length === 1 && fields[0] === "") continue;
    if (fields.length !== header.length) {
      throw new DataError(
        file,
        rowLine,
        null,
        `has ${fields.length} fields but the header has ${header.length}`,
      );
    }
    const cells: Record<string, string | undefined> = {};
    header.forEach((name, i) => {
      const value = fields[i] ?? "";
      if (value !== value.trim()) {
        throw new DataError(file, rowLine, name, `${quote(value)} has stray whitespace`);
      }
      if (value.includes("\n")) {
        throw new DataError(file, rowLine, name, "line breaks inside a cell are not allowed");
      }
      cells[name] = value === "" ? undefined : value;
    });
    rows.push({ line: rowLine, cells });
  }
  if (rows.length === 0) throw new DataError(file, null, null, "has a header but no rows");
  return rows;
}
