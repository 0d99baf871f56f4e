import { describe, expect, it } from "vitest";
import { namedDistrictShare } from "../../../src/data/namedDistrictShare.ts";
import { shipped } from "./fixtures.ts";

describe("namedDistrictShare(districts, events)", () => {
  // Computed in each test, so that mutation testing sees which test runs which code.
  const series = () => namedDistrictShare(shipped.districts, shipped.districtEvents);
  const counted = shipped.districts.filter((d) => d.in_east && d.kind === "district");

  it("starts on 15 November with the districts the government held then", () => {
    const held = counted.filter((d) => d.side_on_nov15 === "government").length;
    expect(series()[0]).toMatchObject({
      date: "2016-11-15",
      government: held,
      total: counted.length,
    });
  });

  it("steps only on dates when a named district changed hands, in date order", () => {
    const dates = series().map((p) => p.date);
    expect(dates).toEqual([...new Set(dates)].sort());
    expect(dates).toContain("2016-11-26");
  });

  it("ends with every named district held by the government but the one the SDF took", () => {
    expect(series().at(-1)?.date).toBe("2016-12-22");
    expect(series().at(-1)?.share).toBe(
      counted.filter((d) => d.id !== "sheikh-fares").length / counted.length,
    );
  });

  it("counts districts, not area: every share is government / total", () => {
    for (const p of series()) expect(p.share).toBeCloseTo(p.government / p.total, 10);
  });
});
