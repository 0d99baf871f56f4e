import { describe, expect, it } from "vitest";
import { DATASETS } from "../../../../src/data/datasets/index.ts";

describe("DATASETS", () => {
  it("checks a claimed number's low and high as a range, before the other ranges", () => {
    expect(DATASETS.evacuation.ranges).toEqual([["low", "high"]]);
    expect(DATASETS.casualties.ranges).toEqual([
      ["low", "high"],
      ["period_start", "period_end"],
    ]);
  });

  it("gives a dataset that names none no references and no ranges", () => {
    for (const name of ["districts", "claimants"] as const) {
      expect(DATASETS[name].refs, name).toEqual({});
      expect(DATASETS[name].ranges, name).toEqual([]);
    }
    expect(DATASETS.events.ranges).toEqual([]);
  });
});
