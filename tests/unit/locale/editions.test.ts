import { describe, expect, it } from "vitest";
import { CASUALTY_STATES } from "../../../src/charts/casualties/states.ts";
import { TURNING_POINTS } from "../../../src/charts/control/states.ts";
import {
  CASUALTY_GROUPS,
  CASUALTY_KINDS,
  INFLICTED_BY,
} from "../../../src/data/datasets/casualties.ts";
import { CONTROL_MEASURES, CONTROL_UNITS } from "../../../src/data/datasets/control.ts";
import {
  EVACUATION_MEASURES,
  EVACUATION_SUBGROUPS,
} from "../../../src/data/datasets/evacuation.ts";
import { EDITIONS } from "../../../src/locale/editions.ts";
import { en } from "../../../src/locale/en.ts";
import { shipped } from "../data/fixtures.ts";

/** Every path in an edition to a word, a list of words or a format, with what is there. */
function leaves(value: unknown, path = ""): [string, unknown][] {
  if (typeof value === "object" && value !== null && !Array.isArray(value))
    return Object.entries(value).flatMap(([key, v]) => leaves(v, path ? `${path}.${key}` : key));
  return [[path, value]];
}

/** What is missing or empty at a path: an empty word, an empty list, an empty line. */
function emptiness(value: unknown): string | undefined {
  if (value === undefined || value === null) return "missing";
  if (typeof value === "string") return value.length ? undefined : "empty";
  if (Array.isArray(value)) {
    if (!value.length) return "an empty list";
    return value.map(emptiness).find((e) => e !== undefined);
  }
  return typeof value === "function" ? undefined : `a ${typeof value}`;
}

const keysOf = (o: object) => Object.keys(o).sort();

describe.each(Object.entries(EDITIONS))("the %s edition", (_, edition) => {
  it("gives every word and format English gives, and none empty", () => {
    const paths = leaves(edition).map(([p]) => p);
    const missing = leaves(en)
      .map(([p]) => p)
      // Keyed by the edition's own words, not by English: each edition lists its own.
      .filter(
        (p) => !paths.includes(p) && !/^(common\.claimantArticles|casualties\.short)\./.test(p),
      );
    expect(missing).toEqual([]);
    const empty = leaves(edition).flatMap(([p, v]) => {
      const why = emptiness(v);
      return why ? [`${p}: ${why}`] : [];
    });
    expect(empty).toEqual([]);
  });

  it("names twelve months, long and short", () => {
    expect(edition.months.long).toHaveLength(12);
    expect(edition.months.short).toHaveLength(12);
  });

  it("names every turning point, measure and unit the control chart and its data have", () => {
    const { control } = edition;
    expect(keysOf(control.turningPoints)).toEqual(keysOf(TURNING_POINTS));
    expect(keysOf(control.measures)).toEqual([...CONTROL_MEASURES].sort());
    expect(keysOf(control.units)).toEqual([...CONTROL_UNITS].sort());
  });

  it("names every measure and subgroup the evacuation data has", () => {
    const { evacuation } = edition;
    expect(keysOf(evacuation.measures)).toEqual([...EVACUATION_MEASURES].sort());
    expect(keysOf(evacuation.subgroups)).toEqual([...EVACUATION_SUBGROUPS].sort());
  });

  it("names every state, group, kind and actor the casualties chart and its data have", () => {
    const { casualties } = edition;
    expect(keysOf(casualties.about)).toEqual(keysOf(CASUALTY_STATES));
    expect(keysOf(casualties.groups)).toEqual([...CASUALTY_GROUPS].sort());
    expect(keysOf(casualties.kinds)).toEqual([...CASUALTY_KINDS].sort());
    expect(keysOf(casualties.by)).toEqual([...INFLICTED_BY].sort());
  });

  it("names every status the map shows, in its legend, table, description and headline", () => {
    const statuses = ["contested", "government", "rebel", "sdf", "split"];
    const { map } = edition;
    for (const words of [
      map.legend.status,
      map.legend.short,
      map.table.status,
      map.describe.standing,
      map.headline.outcome,
    ])
      expect(keysOf(words)).toEqual(statuses);
  });

  it("gives articles only to claimants the data has", () => {
    const ids = new Set(shipped.claimants.map((c) => c.id));
    expect(Object.keys(edition.common.claimantArticles).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe("the English edition", () => {
  it("writes dates, numbers and lists as the story always has", () => {
    expect(en.proseDate("2016-11-27")).toBe("27 November");
    expect(en.longDate("2016-11-27")).toBe("27 November 2016");
    expect(en.chartDate("2016-09-27")).toBe("27 Sep");
    expect(en.formatRange(614, 990, true)).toBe("614–990+");
    expect(en.formatNumber(34000)).toBe("34,000");
    expect(en.listJoin(["A", "B", "C"])).toBe("A, B and C");
    expect(en.common.countOf(1, "district", true)).toBe("1 district was");
    expect(en.common.countOf(35, "district", true)).toBe("35 districts were");
  });
});
