import { describe, expect, it } from "vitest";
import { cumulativeEvacuation } from "../../../src/data/cumulativeEvacuation.ts";
import type { EvacuationReport } from "../../../src/data/datasets/evacuation.ts";
import { shipped } from "./fixtures.ts";

const report = (over: Partial<EvacuationReport>): EvacuationReport => ({
  id: "r",
  date: "2016-12-16",
  measure: "cumulative",
  convoy: undefined,
  subgroup: "people",
  low: 100,
  high: 100,
  open_ended: false,
  qualifier: undefined,
  claimant: "sohr",
  section: "test",
  note: undefined,
  ...over,
});

describe("cumulativeEvacuation(reports)", () => {
  const series = () => cumulativeEvacuation(shipped.evacuation);

  it("keeps each claimant's own totals apart: Red Cross, SOHR, Russia", () => {
    expect(
      series()
        .get("icrc")
        ?.map((p) => [p.date, p.high]),
    ).toEqual([
      ["2016-12-16", 10000],
      ["2016-12-19", 25000],
      ["2016-12-22", 34000],
    ]);
    expect(
      series()
        .get("sohr")
        ?.map((p) => [p.date, p.high]),
    ).toEqual([
      ["2016-12-16", 8500],
      ["2016-12-20", 16200],
    ]);
    expect(series().get("icrc")?.at(-1)?.openEnded).toBe(true);
  });

  it("ignores convoys, subgroups and claims without a figure", () => {
    const out = cumulativeEvacuation([
      report({ measure: "convoy", low: 1000, high: 1000 }),
      report({ subgroup: "fighters", low: 3000, high: 3000 }),
      report({
        low: undefined,
        high: undefined,
        qualifier: "much lower",
        claimant: "rebel-officials",
      }),
    ]);
    expect(out.size).toBe(0);
  });

  it("counts civilians for a claimant with no total for everyone, and says so", () => {
    expect(
      series()
        .get("reported")
        ?.map((p) => [p.date, p.high, p.subgroup]),
    ).toEqual([["2016-11-27", 10000, "civilians"]]);
    expect(
      series()
        .get("icrc")
        ?.every((p) => p.subgroup === "people"),
    ).toBe(true);
  });

  it("never joins a claimant's count of civilians to its count of everyone", () => {
    const out = cumulativeEvacuation([
      report({ id: "a", date: "2016-12-15", subgroup: "civilians", low: 500, high: 500 }),
      report({ id: "b", date: "2016-12-16", low: 900, high: 900 }),
      report({
        id: "c",
        date: "2016-12-17",
        subgroup: "civilians",
        claimant: "un",
        low: 7,
        high: 7,
      }),
    ]);
    expect(out.get("sohr")?.map((p) => p.report.id)).toEqual(["b"]);
    expect(out.get("un")?.map((p) => [p.high, p.subgroup])).toEqual([[7, "civilians"]]);
  });

  it("lets the later row stand when a claimant gives two totals on one day", () => {
    const out = cumulativeEvacuation([
      report({ id: "a", low: 1, high: 1 }),
      report({ id: "b", low: 2, high: 2 }),
    ]);
    expect(out.get("sohr")?.map((p) => p.high)).toEqual([2]);
  });

  it("puts each claimant's totals in date order, whatever the order of the file", () => {
    const out = cumulativeEvacuation([
      report({ id: "c", date: "2016-12-20", low: 300, high: 300 }),
      report({ id: "a", date: "2016-12-16", low: 100, high: 100 }),
      report({ id: "b", date: "2016-12-18", low: 200, high: 200 }),
    ]);
    expect(out.get("sohr")?.map((p) => p.date)).toEqual(["2016-12-16", "2016-12-18", "2016-12-20"]);
  });
});
