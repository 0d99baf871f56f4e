import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATASETS } from "../../../src/data/datasets/index.ts";
import { loadDatasets } from "../../../src/data/loadDatasets.ts";
import { readDataDir } from "../../../src/data/readDataDir.ts";

const DATA = join(import.meta.dirname, "../../../data");
const real = (file: string) => readFileSync(join(DATA, file), "utf8");

/** The real data with one file's text changed. */
const withFile = (name: string, edit: (text: string) => string) => (file: string) =>
  file === name ? edit(real(file)) : real(file);

describe("loadDatasets(read)", () => {
  it("loads every shipped dataset", () => {
    const data = readDataDir(DATA);
    for (const name of Object.keys(DATASETS) as (keyof typeof DATASETS)[]) {
      expect(data[name].length, name).toBeGreaterThan(0);
      for (const record of data[name]) expect(record, name).toHaveProperty("id");
    }
  });

  it("rejects an unknown claimant, naming the file it should be in", () => {
    const read = withFile("control.csv", (t) =>
      t.replace(/,sohr,|,reported,/, ",the-blogosphere,"),
    );
    expect(() => loadDatasets(read)).toThrow(
      /^data\/control\.csv line \d+, column claimant: "the-blogosphere" is not an id in data\/claimants\.csv$/,
    );
  });

  it("rejects an event in an unknown district", () => {
    const read = withFile("district_events.csv", (t) => t.replace(/,hanano,/, ",atlantis,"));
    expect(() => loadDatasets(read)).toThrow(
      /^data\/district_events\.csv line \d+, column district: "atlantis" is not an id in data\/districts\.csv$/,
    );
  });

  it("wants every district's Arabic name, in Arabic script", () => {
    const latin = withFile("districts.csv", (t) => t.replace(",هنانو,", ",Hanano,"));
    expect(() => loadDatasets(latin)).toThrow(
      'data/districts.csv line 2, column name_ar: "Hanano" is not in Arabic script',
    );
    const empty = withFile("districts.csv", (t) => t.replace(",الشيخ سعيد,", ",,"));
    expect(() => loadDatasets(empty)).toThrow(
      "data/districts.csv line 3, column name_ar: is required",
    );
  });

  it("reports a missing file by name", () => {
    expect(() => readDataDir(join(DATA, "..", "tests", "fixtures", "no-such-dir"))).toThrow(
      "tests/fixtures/no-such-dir/control.csv: is missing",
    );
  });
});
