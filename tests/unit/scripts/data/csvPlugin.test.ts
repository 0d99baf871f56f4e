import { describe, expect, it } from "vitest";
import { csvFiles } from "../../../../scripts/data/csvPlugin.ts";
import { DATASETS } from "../../../../src/data/datasets/index.ts";

describe("csvFiles", () => {
  it("publishes every dataset under data/, from the folder it was read from", () => {
    const files = csvFiles("/elsewhere/data");
    expect(files.size).toBe(Object.keys(DATASETS).length);
    expect(files.get("data/evacuation.csv")).toBe("/elsewhere/data/evacuation.csv");
  });
});
