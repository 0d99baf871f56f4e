import { describe, expect, it } from "vitest";
import { GRAPHICS, graphic, KNOWN_STATES } from "../../../src/charts/registry.ts";
import { records } from "./records.ts";

describe("GRAPHICS", () => {
  it("lists each graphic under its own name, with its states for the copy", () => {
    for (const [name, definition] of Object.entries(GRAPHICS)) {
      expect(definition.name).toBe(name);
      expect(graphic(name)).toBe(definition);
      expect(KNOWN_STATES[name]).toEqual(definition.states);
    }
    expect(() => graphic("timeline")).toThrow('unknown graphic "timeline"');
  });

  it("gives each graphic a table of one row per record of its data file, a cell per column", () => {
    for (const { name, table, datasets } of Object.values(GRAPHICS)) {
      const rows = table.rows(records);
      expect(rows, name).toHaveLength(records.data[table.dataset].length);
      for (const row of rows) expect(row, name).toHaveLength(table.columns(records.edition).length);
      // The CSVs an editor gets with the graphic include the one its table lists.
      expect(datasets, name).toContain(table.dataset);
    }
  });
});
