import { describe, expect, it } from "vitest";
import { changeWords } from "../../../../src/charts/map/changeWords.ts";
import { describeMap } from "../../../../src/charts/map/describe.ts";
import { mapHeadline } from "../../../../src/charts/map/headline.ts";
import { layoutMap } from "../../../../src/charts/map/layout.ts";
import { changeText } from "../../../../src/charts/map/table.ts";
import { proseDate } from "../../../../src/dates.ts";
import { at, records } from "../records.ts";

const name = (id: string) => records.data.districts.find((d) => d.id === id)?.name ?? id;
const changes = records.statusChanges;

describe("changeWords(change)", () => {
  it("keeps the source's measure: 'almost all of', 'most of', '30% of', 'at least half of'", () => {
    const amount = (id: string, date: string) =>
      changes.filter((c) => c.district === id && c.date === date).map((c) => changeWords(c).amount);
    expect(amount("sheikh-saeed", "2016-12-01")).toEqual(["almost all of"]);
    expect(amount("sheikh-saeed", "2016-11-30")).toEqual(["most of"]);
    expect(amount("sheikh-saeed", "2016-12-02")).toEqual(["30% of"]);
    expect(amount("sukkari", "2016-12-14")).toEqual(["at least half of"]);
    expect(amount("hanano", "2016-11-22")).toEqual(["around a third of"]);
  });

  it("names no side for a change the source's 'they' leaves unclear", () => {
    for (const c of changes.filter((c) => c.event.actor_unclear))
      expect(changeWords(c), c.event.id).toMatchObject({ who: "", passive: "contested" });
  });

  it("says 'reportedly' where the source does", () => {
    const c = changes.find((c) => c.event.id === "de-061");
    expect(c && changeWords(c).verb[0]).toBe("reportedly took");
  });
});

describe("a change the source dates only 'by' a day", () => {
  const bounded = changes.filter((c) => c.event.dated === "by");

  it("is in the data: Sheikh Najjar and Tariq al-Bab (28 Nov), three districts (13 Dec), Sukkari and Bustan al-Qasr (22 Dec)", () => {
    expect(bounded.map((c) => `${c.date} ${c.district}`)).toEqual([
      "2016-11-28 sheikh-najjar",
      "2016-11-28 tariq-al-bab",
      "2016-12-13 masaraniyah",
      "2016-12-13 masaraniyah-youth-housing",
      "2016-12-13 karm-al-jabal",
      "2016-12-22 sukkari",
      "2016-12-22 bustan-al-qasr",
    ]);
  });

  it("is never worded as dated in the description: named only after 'By <date>' or 'by then'", () => {
    for (const c of bounded) {
      const text = describeMap(records, at("front", c.date));
      const onClause = text.match(new RegExp(`^On ${proseDate(c.date)} [^]*?(?=; by then|$)`))?.[0];
      if (onClause) expect(onClause, c.event.id).not.toContain(name(c.district));
      const byPart = text.split(/By \d+ \w+ |; by then /)[1] ?? "";
      expect(byPart.split("; of the ")[0], c.event.id).toContain(name(c.district));
    }
  });

  it("is said 'by then' in the headline, and 'by <date>' in the table", () => {
    for (const c of bounded) {
      const { parts } = mapHeadline(records, at("front", c.date));
      for (const part of parts.filter((p) => p.includes(name(c.district))))
        expect(part, c.event.id).toMatch(/^by then, /);
      expect(changeText(c), c.event.id).toMatch(/^by \d+ \w+: /);
    }
    const dated = changes.filter((c) => c.event.dated === "on");
    for (const c of dated) expect(changeText(c), c.event.id).not.toMatch(/^by /);
  });
});

describe("a district split between government forces and the SDF", () => {
  it("is drawn with the SDF's half over government's cell, and has its row in the key", () => {
    const map = layoutMap(records, at("front", "2016-11-28"), { width: 360, height: 400 });
    const split = map.features.filter((f) => f.properties.status === "split");
    expect(split.map((f) => f.properties.district.id).sort()).toEqual([
      "ayn-al-tal",
      "baibdeen",
      "bustan-al-basha",
      "hallak-fuqani",
      "hallak-tahtani",
      "sheikh-fares",
    ]);
    expect(map.halves).toHaveLength(split.length);
    expect(map.legend.map((l) => l.status)).toContain("split");
    expect(map.legendHalves).toHaveLength(1);
  });

  it("is counted as wholly neither side's in the description, and named in the table", () => {
    const text = describeMap(records, at("front", "2016-12-22"));
    expect(text).toMatch(
      /29 were held by government forces and 6 were split between government forces and the SDF\./,
    );
    const c = changes.find((c) => c.district === "sheikh-fares" && c.to === "split");
    expect(c && changeText(c)).toBe("28 Nov: split: government and SDF");
  });
});
