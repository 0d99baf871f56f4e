import { describe, expect, it } from "vitest";
import { describeCasualties } from "../../../src/charts/casualties/describe.ts";
import { describeControl } from "../../../src/charts/control/describe.ts";
import { describeEvacuation } from "../../../src/charts/evacuation/describe.ts";
import { describeMap } from "../../../src/charts/map/describe.ts";
import type { ChartRecords } from "../../../src/charts/types.ts";
import { at, records } from "./records.ts";

/** The shipped records with one dataset's rows cut down, to reach the singular cases. */
const only = <K extends keyof ChartRecords["data"]>(
  name: K,
  keep: (row: ChartRecords["data"][K][number]) => boolean,
): ChartRecords => ({
  ...records,
  data: { ...records.data, [name]: (records.data[name] as never[]).filter(keep as never) },
});

/** The text alternatives read as sentences: counts agree with their verbs, no word dropped. */
describe("generated descriptions", () => {
  describe("describeControl", () => {
    it("says one district was, and none was, in government hands", () => {
      expect(describeControl(records, at("start", "2016-11-26"))).toMatch(
        /; 1 of the 35 named districts of the east was in government hands \(a count of districts, not of area\)\.$/,
      );
      expect(describeControl(records, at("start", "2016-11-20"))).toMatch(
        /; none of the 35 named districts of the east was in government hands \(a count of districts, not of area\)\.$/,
      );
      expect(describeControl(records, at("start", "2016-11-28"))).toMatch(
        /; 7 of the 35 named districts of the east were in government hands \(a count of districts, not of area\)\.$/,
      );
    });

    it("names an institution with its article", () => {
      expect(describeControl(records, at("complete", "2016-12-22"))).toMatch(
        /and the Syrian army \(22 December\) said/,
      );
    });
  });

  describe("describeMap", () => {
    it("gives every count of districts its own verb, singular for one", () => {
      expect(describeMap(records, at("front", "2016-12-13"))).toMatch(
        /of the 35 named districts of the east, 27 were held by government forces, 1 was held by rebels, 1 was contested and 6 were split between government forces and the SDF\./,
      );
    });

    it("says 'held by rebels', never a bare 'by rebels'", () => {
      for (const date of ["2016-11-15", "2016-11-20", "2016-11-26", "2016-12-01", "2016-12-13"]) {
        const text = describeMap(records, at("front", date));
        expect(text, date).not.toMatch(/\d+ by rebels/);
        expect(text, date).toMatch(/held by rebels/);
      }
      expect(describeMap(records, at("overview", "2016-12-22"))).toMatch(
        /^On 15 November, all 35 named districts of the east were held by rebels\./,
      );
    });

    it("gives one subject to its verbs in a row", () => {
      expect(describeMap(records, at("front", "2016-11-26"))).toMatch(
        /^On 26 November government forces took Hanano and tried to push into Jabal Badro;/,
      );
      expect(describeMap(records, at("front", "2016-12-02"))).toMatch(
        /^On 2 December government forces took Tariq al-Bab and Karm al-Trab, held 30% of Sheikh Saeed and took a large part of Jazmati;/,
      );
    });
  });

  describe("describeCasualties", () => {
    it("calls a lone claim the one claim", () => {
      expect(describeCasualties(records, at("after", "2016-12-23"))).toBe(
        "The one claim about deaths from booby traps, in the days after the evacuation: Government side killed by booby traps: 63, reported.",
      );
    });

    it("gives a denial its denier and its words, never a bare 'denied'", () => {
      const text = describeCasualties(records, at("prisoners", "2016-12-22"));
      expect(text).toMatch(/over 100, per the Syrian army; SOHR: denied it; the dozens of bodies/);
      expect(text).not.toMatch(/: denied,/);
    });

    it("writes people, not everyone, for a count of people of any group", () => {
      const text = describeCasualties(records, at("overview", "2016-12-23"));
      expect(text).toMatch(/People killed: almost 1,200/);
      expect(text).not.toMatch(/Everyone/);
    });
  });

  describe("describeEvacuation", () => {
    it("writes one convoy and one departure in the singular", () => {
      const one = only("evacuation", (r) => r.convoy === undefined || r.convoy === 1);
      expect(describeEvacuation(one, at("first-convoys", "2016-12-15"))).toMatch(
        /A single convoy: convoy 1 carried nearly 1,000\./,
      );
      expect(describeEvacuation(records, at("fleeing", "2016-12-08"))).toMatch(
        /People leaving in a stated period, not a running total: 400–600 civilians as reported on 26 November\.$/,
      );
    });

    it("names an institution with its article", () => {
      expect(describeEvacuation(records, at("first-convoys", "2016-12-15"))).toMatch(
        /around 50,000 per the UN envoy\./,
      );
    });
  });
});
