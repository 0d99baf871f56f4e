import { describe, expect, it } from "vitest";
import { describeLocator, locatorHeadline } from "../../../../src/charts/locator/describe.ts";
import { locatorTable } from "../../../../src/charts/locator/table.ts";
import { OFFENSIVE_END } from "../../../../src/dates.ts";
import { records } from "../records.ts";

const at = (state: string) => ({ state, date: OFFENSIVE_END, highlight: [] });

describe("describeLocator(records, state)", () => {
  it("names the neighbours, the places marked and the note", () => {
    expect(describeLocator(records, at("evacuation"))).toBe(
      "A map of Syria and its neighbours, Turkey, Lebanon, Iraq and Jordan, marking Aleppo, and naming Idlib province. Deal of 13 Dec: rebels and their families to leave for Aleppo's western outskirts, then Idlib province. Deal of 14 Dec: evacuations also from Foua and Kafriya, two villages in Idlib province besieged by rebels.",
    );
  });

  it("gives the live region what the state marks", () => {
    expect(locatorHeadline(records, at("where"))).toEqual({
      parts: ["On the map: Aleppo and Damascus"],
    });
  });
});

describe("locatorTable", () => {
  it("lists each place at the gazetteer's coordinates, with why the story names it", () => {
    const rows = locatorTable.rows(records);
    expect(rows[0]).toEqual(["Aleppo", "36.20124° N", "37.16117° E", "The city of the offensive"]);
    for (const row of rows) expect(row[3]).not.toBe("");
  });
});
