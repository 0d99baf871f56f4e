import { describe, expect, it } from "vitest";
import { cellText } from "../../../scripts/data/tableCsv.ts";
import { graphic } from "../../../src/charts/registry.ts";
import { CONTROL_MEASURES } from "../../../src/data/datasets/control.ts";
import { EVACUATION_MEASURES } from "../../../src/data/datasets/evacuation.ts";
import { records } from "./records.ts";

/** A table's column, as the page and the CSV write it. */
function column(name: string, head: string): string[] {
  const { columns, rows } = graphic(name).table;
  const i = columns(records.edition).map(cellText).indexOf(head);
  expect(i, `${name} has a column "${head}"`).toBeGreaterThanOrEqual(0);
  return rows(records).map((row) => cellText(row[i]));
}

describe("the data tables name things as a reader says them, not by the data's codes", () => {
  it("says where the source names no claimant, in every table that has claimants", () => {
    for (const name of ["control", "casualties", "evacuation"]) {
      const claimants = column(name, "Claimant");
      expect(claimants, name).not.toContain("reported");
      expect(claimants, name).toContain("Reported, no claimant named");
    }
  });

  it("writes the control measures in words: “district-share” is a share of the district", () => {
    const measures = column("control", "Measure");
    for (const code of CONTROL_MEASURES) expect(measures).not.toContain(code);
    expect(measures).toContain("Share of the district under government control");
  });

  it("writes the evacuation measures in words", () => {
    const measures = column("evacuation", "Measure");
    for (const code of EVACUATION_MEASURES) expect(measures).not.toContain(code);
    expect(measures).toContain("Running total evacuated");
  });

  it("names who inflicted a casualty in words, not hyphenated codes", () => {
    const by = column("casualties", "By");
    expect(by.filter((b) => b.includes("-") && !b.startsWith("pro-government "))).toEqual([]);
    expect(by).toContain("booby traps");
  });

  it("names the SDF as the SDF in the districts table", () => {
    const end = graphic("map")
      .table.rows(records)
      .map((row) => cellText(row.at(-1)));
    expect(end).not.toContain("sdf");
    expect(end).toContain("SDF");
  });
});
