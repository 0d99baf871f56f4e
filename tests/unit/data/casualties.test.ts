import { describe, expect, it } from "vitest";
import { shipped } from "./fixtures.ts";

const row = (id: string) => shipped.casualties.find((c) => c.id === id);

/** Readings of the source the casualty rows must keep (see data/README.md). */
describe("data/casualties.csv", () => {
  it("records the infobox's unlabelled 2 killed with their side not given, not as SDF", () => {
    expect(row("cas-08")).toMatchObject({ group: "not-given", kind: "killed", high: 2 });
    expect(shipped.casualties.filter((c) => c.group === "sdf")).toEqual([]);
  });
});
