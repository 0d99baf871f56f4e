import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  GEOGRAPHY_FILE,
  labelsOutside,
  locatorGeography,
  locatorGeographyText,
  readAtlas,
} from "../../../../scripts/geography/locatorGeography.ts";
import { LOCATOR_GEOGRAPHY } from "../../../../src/charts/locator/geography.generated.ts";
import { shipped } from "../../data/fixtures.ts";

// `npm run geography` runs this file with GEOGRAPHY_WRITE=1 to rewrite the module.
const write = process.env.GEOGRAPHY_WRITE === "1";

describe("locatorGeography(places): the locator map's geography, projected at build", () => {
  const geography = locatorGeography(shipped.places);

  it("is Natural Earth's and the gazetteer's own: projected again, the module is unchanged", () => {
    const text = locatorGeographyText(geography);
    if (write) writeFileSync(GEOGRAPHY_FILE, text);
    expect(readFileSync(GEOGRAPHY_FILE, "utf8")).toBe(text);
  }, 60_000);

  it("projects every place of data/places.csv, inside Syria's bounds", () => {
    const { focus, places } = LOCATOR_GEOGRAPHY;
    expect(Object.keys(places).sort()).toEqual(shipped.places.map((p) => p.id).sort());
    for (const [id, [x, y]] of Object.entries(places)) {
      expect(x > focus.x0 && x < focus.x1 && y > focus.y0 && y < focus.y1, id).toBe(true);
    }
  });

  it("keeps north up and west on the left: Aleppo north of Damascus, Idlib west of Aleppo", () => {
    const { aleppo, damascus, idlib } = LOCATOR_GEOGRAPHY.places;
    expect(aleppo?.[1]).toBeLessThan(damascus?.[1] ?? 0);
    expect(idlib?.[0]).toBeLessThan(aleppo?.[0] ?? 0);
  });

  it("sets each country's name inside that country, as Natural Earth draws it", () => {
    expect(labelsOutside(readAtlas().countries)).toEqual([]);
  });
});
