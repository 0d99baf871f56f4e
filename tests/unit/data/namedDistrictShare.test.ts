import { describe, expect, it } from "vitest";
import { districtStatusOn } from "../../../src/data/districtStatus.ts";
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

  it("ends with every named district held by the government but the six split with the SDF", () => {
    expect(series().at(-1)?.date).toBe("2016-12-22");
    expect(series().at(-1)).toMatchObject({ split: 6, government: counted.length - 6 });
    expect(series().at(-1)?.share).toBe((counted.length - 6) / counted.length);
  });

  it("counts districts, not area: every share is government / total", () => {
    for (const p of series()) expect(p.share).toBeCloseTo(p.government / p.total, 10);
  });

  it("counts the contested districts as the district status gives them on each date", () => {
    for (const p of series()) {
      const status = districtStatusOn(shipped.districts, shipped.districtEvents, p.date);
      const contested = counted.filter((d) => status.get(d.id) === "contested").length;
      expect(p.contested, p.date).toBe(contested);
    }
    expect(series().some((p) => p.contested > 0)).toBe(true);
  });

  it("folds changes before its start date into the first point", () => {
    const late = namedDistrictShare(shipped.districts, shipped.districtEvents, "2016-11-26");
    const status = districtStatusOn(shipped.districts, shipped.districtEvents, "2016-11-26");
    expect(late[0]?.date).toBe("2016-11-26");
    expect(late[0]?.government).toBe(
      counted.filter((d) => status.get(d.id) === "government").length,
    );
    expect(late.filter((p) => p.date === "2016-11-26")).toHaveLength(1);
  });
});
