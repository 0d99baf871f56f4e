import { csvParseRows } from "d3-dsv";
import { describe, expect, it } from "vitest";
import {
  cellText,
  graphicCsvFiles,
  graphicCsvPath,
  tableCsv,
  UTF8_BOM,
} from "../../../../scripts/data/tableCsv.ts";
import { GRAPHICS, graphic } from "../../../../src/charts/registry.ts";
import { records } from "../../charts/records.ts";

describe("tableCsv(table, records)", () => {
  it("starts with a UTF-8 byte-order mark, so spreadsheets read ‘±’, ‘²’ and quotes right", () => {
    const csv = tableCsv(graphic("control").table, records);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv).toContain("km²");
  });

  it("holds the graphic's own table: its heads and its rows, cell for cell", () => {
    for (const g of Object.values(GRAPHICS)) {
      const parsed = csvParseRows(tableCsv(g.table, records).slice(1).trimEnd());
      const table = [g.table.columns(records.edition), ...g.table.rows(records)].map((r) =>
        r.map(cellText),
      );
      expect(parsed, g.name).toEqual(table);
    }
  });

  it("is published for every graphic, under downloads/", () => {
    const files = graphicCsvFiles(records);
    expect([...files.keys()]).toEqual(Object.keys(GRAPHICS).map(graphicCsvPath));
    expect(graphicCsvPath("map")).toBe("downloads/map-data.csv");
  });
});

describe("cellText(cell)", () => {
  it("writes a marked span as its text, after any plain text", () => {
    expect(cellText(undefined)).toBe("");
    expect(cellText(3)).toBe("3");
    expect(cellText({ before: "On ", span: { text: "22 Dec", attribute: {} as never } })).toBe(
      "On 22 Dec",
    );
  });
});
