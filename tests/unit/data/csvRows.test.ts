import { describe, expect, it } from "vitest";
import { csvRows } from "../../../src/data/csvRows.ts";
import { DataError } from "../../../src/data/DataError.ts";

const COLUMNS = ["id", "date", "note"];
const rows = (text: string) => csvRows("data/x.csv", text, COLUMNS);
const errorOf = (text: string) => {
  try {
    rows(text);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    expect((error as Error).name).toBe("DataError");
    return (error as DataError).message;
  }
  throw new Error("expected a DataError");
};

describe("csvRows(file, text, columns)", () => {
  it("keys each row's cells by column, leaves empty cells absent and numbers the lines", () => {
    expect(rows("id,date,note\na,2016-11-15,\n\nb,2016-11-16,a note\n")).toEqual([
      { line: 2, cells: { id: "a", date: "2016-11-15", note: undefined } },
      { line: 4, cells: { id: "b", date: "2016-11-16", note: "a note" } },
    ]);
  });

  it("keeps a row whose first cell is empty, for the schema to judge", () => {
    expect(rows("id,date,note\n,2016-11-15,x")).toEqual([
      { line: 2, cells: { id: undefined, date: "2016-11-15", note: "x" } },
    ]);
  });

  it("takes a file of whitespace alone as empty", () => {
    expect(errorOf(" \n\t\n")).toBe("data/x.csv: is empty; expected a header row");
  });

  it("rejects a header with stray whitespace, naming the column", () => {
    expect(errorOf("id, date,note\na,b,c")).toBe(
      'data/x.csv line 1, column date: header " date" has stray whitespace',
    );
  });

  it("rejects a column that appears twice", () => {
    expect(() => csvRows("data/x.csv", "id,id,note\na,b,c", ["id", "note"])).toThrow(
      "data/x.csv line 1, column id: column appears twice",
    );
  });

  it("rejects the right columns in the wrong order", () => {
    expect(errorOf("id,note,date\na,b,c")).toBe(
      "data/x.csv line 1: columns out of order; expected id,date,note",
    );
  });

  it("rejects a row with a single field where the header has more", () => {
    expect(errorOf("id,date,note\na,2016-11-15,\nlonely")).toBe(
      "data/x.csv line 3: has 1 fields but the header has 3",
    );
  });

  it("rejects a line break inside a quoted cell", () => {
    expect(errorOf('id,date,note\na,2016-11-15,"two\nlines"')).toBe(
      "data/x.csv line 2, column note: line breaks inside a cell are not allowed",
    );
  });
});
