import { describe, expect, it } from "vitest";
import { describeMap } from "../../../../src/charts/map/describe.ts";
import { mapSpec } from "../../../../src/charts/map/spec.ts";
import { mapView } from "../../../../src/charts/map/view.ts";
import { districtStatusOn } from "../../../../src/data/districtStatus.ts";
import { at, records } from "../records.ts";

const statusOn = (date: string, id: string) =>
  mapView(records, at("front", date)).views.find((v) => v.district.id === id)?.status;

describe("mapView(records, state)", () => {
  it("reads every district's status from the precomputed changes, as the events give it", () => {
    const { districts, districtEvents } = records.data;
    for (let day = 15; day <= 52; day++) {
      const date = new Date(Date.UTC(2016, 10, day)).toISOString().slice(0, 10);
      const expected = districtStatusOn(districts, districtEvents, date);
      for (const v of mapView(records, at("front", date)).views)
        expect([date, v.district.id, v.status]).toEqual([
          date,
          v.district.id,
          expected.get(v.district.id),
        ]);
    }
  });

  // A dozen districts on a dozen dates, read off data/district_events.csv by hand.
  it.each([
    ["2016-11-22", "hanano", "contested"],
    ["2016-11-26", "hanano", "government"],
    ["2016-11-27", "sakhour", "contested"],
    ["2016-11-28", "sakhour", "government"],
    ["2016-11-28", "sheikh-fares", "split"],
    ["2016-11-28", "ayn-al-tal", "split"],
    ["2016-11-30", "sheikh-maqsood", "sdf"],
    ["2016-12-01", "sheikh-saeed", "contested"],
    ["2016-12-02", "tariq-al-bab", "government"],
    ["2016-12-02", "jazmati", "contested"],
    ["2016-12-03", "jazmati", "government"],
    ["2016-12-05", "shaar", "contested"],
    ["2016-12-05", "old-city", "rebel"],
    ["2016-12-06", "old-city", "government"],
    ["2016-12-06", "marjeh", "contested"],
    ["2016-12-12", "fardous", "government"],
    ["2016-12-14", "sukkari", "contested"],
    ["2016-12-21", "bustan-al-qasr", "rebel"],
    ["2016-12-22", "bustan-al-qasr", "government"],
  ])("on %s %s is %s", (date, id, status) => {
    expect(statusOn(date, id)).toBe(status);
  });

  it("shows 15 November's sides in the overview, whatever the beat's date", () => {
    const view = mapView(records, at("overview", "2016-12-20"));
    expect(view.date).toBe("2016-11-15");
    expect(view.views.find((v) => v.district.id === "hanano")?.status).toBe("rebel");
  });

  it("marks the beat's districts as focused and carries the pocket's size only in the pocket state", () => {
    const front = mapView(records, at("front", "2016-12-14", ["sukkari"]));
    expect(front.views.filter((v) => v.focused).map((v) => v.district.id)).toEqual(["sukkari"]);
    expect(front.pocket).toBeUndefined();
    expect(mapView(records, at("pocket", "2016-12-14")).pocket).toMatchObject({
      value_high: 2.5,
      unit: "km2",
    });
  });
});

describe("describeMap(records, state)", () => {
  it("says what changed hands that day, from the events", () => {
    expect(describeMap(records, at("front", "2016-11-28"))).toMatch(
      /^On 28 November government forces took [^;]*Haydariyah[^;]*Sakhour[^;]*Sheikh Khider[^;]*; the Kurdish-led SDF took the rest of Sheikh Fares and held parts of Hallak Fuqani, Hallak Tahtani, Bustan al-Basha, Ba'ibdeen[^;]*Ayn al-Tal;/,
    );
  });

  it("tells a rebel counter-attack in the source's measure, and names no side where the source's 'they' is unclear", () => {
    expect(describeMap(records, at("front", "2016-12-01"))).toMatch(
      /^On 1 December rebels regained almost all of Sheikh Saeed; Ma'saraniyah Youth housing was contested;/,
    );
  });

  it("says the map is schematic", () => {
    expect(describeMap(records, at("overview", "2016-11-15"))).toMatch(
      /Schematic map; positions approximate\.$/,
    );
  });
});

describe("mapSpec(records, state, size)", () => {
  it("draws at the size it is given, with an identity projection over pixel cells", () => {
    const spec = mapSpec(records, at("front", "2016-11-27", ["hanano"]), {
      width: 360,
      height: 300,
    });
    expect(spec).toMatchObject({ width: 360, height: 300, projection: "identity" });
  });
});
