/**
 * A problem in one of the data files, located so an editor can fix it without reading code:
 * `data/evacuation.csv line 14, column low: "12,OOO" is not a number`.
 */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly column: string | null,
    readonly problem: string,
  ) {
    const at = line === null ? "" : ` line ${line}`;
    const field = column === null ? "" : `${line === null ? "" : ","} column ${column}`;
    super(`${file}${at}${field}: ${problem}`);
    this.name = "DataError";
  }
}

/** Quotes a raw cell for an error message the way it appears in the file. */
export function quote(value: string): string {
  return JSON.stringify(value);
}
