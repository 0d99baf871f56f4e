import { describe, expect, it } from "vitest";
import { mapTable } from "../../../src/charts/map/table.ts";
import { chartRecords, clientRecords } from "../../../src/data/chartRecords.ts";
import { countOf, pluralForm } from "../../../src/locale/ar/numbers.ts";
import { ar } from "../../../src/locale/ar.ts";
import { shipped } from "../data/fixtures.ts";

const LRI = "\u2066";
const PDI = "\u2069";

describe("the Arabic edition", () => {
  it("writes dates with the Syriac month names, the year only in the long form", () => {
    expect(ar.chartDate("2016-11-27")).toBe("27 تشرين الثاني");
    expect(ar.proseDate("2016-12-15")).toBe("15 كانون الأول");
    expect(ar.longDate("2016-11-27")).toBe("27 تشرين الثاني 2016");
  });

  it("writes Western digits, and isolates a range so it reads left to right", () => {
    expect(ar.formatNumber(34000)).toBe("34,000");
    expect(ar.formatRange(82, 82, false)).toBe("82");
    expect(ar.formatRange(614, 990, true)).toBe(`${LRI}614–990+${PDI}`);
    expect(ar.formatRange(180, 180, true)).toBe(`${LRI}180+${PDI}`);
  });

  it("joins a list with و", () => {
    expect(ar.listJoin(["أ"])).toBe("أ");
    expect(ar.listJoin(["أ", "ب", "ج"])).toBe("أ وب وج");
  });

  it("agrees a counted noun with its number: 1, 2, 3–10, 11–99, 100 and on", () => {
    expect([1, 2, 3, 10, 11, 35, 99, 100, 102, 103, 111].map(pluralForm)).toEqual([
      0, 1, 2, 2, 3, 3, 3, 4, 4, 2, 3,
    ]);
    expect(countOf(1, "حي")).toBe("حي واحد");
    expect(countOf(2, "حي")).toBe("حيّان");
    expect(countOf(5, "حي")).toBe("5 أحياء");
    expect(countOf(35, "حي مسمّى")).toBe("35 حياً مسمّى");
    expect(countOf(100, "رقم")).toBe("100 رقم");
  });

  it("names every claimant in the data in Arabic, and every qualifier and saying", () => {
    const latin = /[A-Za-z]/;
    const { claimant, fromData } = ar.common;
    expect(shipped.claimants.filter((c) => latin.test(claimant(c.id, c.short)))).toEqual([]);
    const words = [
      ...shipped.control.map((c) => c.qualifier),
      ...shipped.evacuation.map((e) => e.qualifier),
      ...shipped.casualties.flatMap((c) => [c.qualifier, c.says, c.speaker]),
    ].filter((w): w is string => w !== undefined);
    expect([...new Set(words)].filter((w) => latin.test(fromData(w)))).toEqual([]);
  });

  it("names every district in Arabic", () => {
    const names = shipped.districts.map((d) => ar.map.districtName(d));
    expect(names.filter((n) => /[A-Za-z]/.test(n))).toEqual([]);
  });
});

describe("district names in the Arabic edition", () => {
  const records = chartRecords(shipped, undefined, ar);

  it("head the map's table rows with name_ar", () => {
    const heads = mapTable.rows(records).map((row) => row[0]);
    expect(heads).toEqual(shipped.districts.map((d) => d.name_ar));
  });

  it("join a district's changes in the map's table with the Arabic semicolon", () => {
    const cells = mapTable.rows(records).map((row) => String(row[2]));
    const several = cells.filter((c) => c.includes("؛ "));
    expect(several.length).toBeGreaterThan(0);
    expect(cells.filter((c) => c.includes(";"))).toEqual([]);
  });

  it("reach the browser: the client records keep name_ar", () => {
    const client = clientRecords(shipped).data.districts;
    expect(client.map((d) => d.name_ar)).toEqual(shipped.districts.map((d) => d.name_ar));
  });
});
