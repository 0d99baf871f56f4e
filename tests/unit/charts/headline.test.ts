import { describe, expect, it } from "vitest";
import { announcements, MAX_ANNOUNCEMENT, someNames } from "../../../src/charts/headline.ts";
import { graphic } from "../../../src/charts/registry.ts";
import type { GraphicDefinition } from "../../../src/charts/types.ts";
import { shippedStory as story } from "../content/shippedStory.ts";
import { at, records } from "./records.ts";

const fake = (on: string | undefined, parts: string[]): GraphicDefinition => ({
  ...graphic("map"),
  headline: () => ({ on, parts }),
});

describe("announcements(definition, records, state)", () => {
  it("names the graphic only in the line for a new graphic", () => {
    const lines = announcements(
      fake("28 November", ["Sakhour taken"]),
      records,
      at("front", "2016-11-28"),
    );
    expect(lines.newGraphic).toBe("District map, 28 November: Sakhour taken");
    expect(lines.sameGraphic).toBe("28 November: Sakhour taken");
  });

  it("starts an undated line with a capital when it stands alone", () => {
    const lines = announcements(
      fake(undefined, ["civilian deaths"]),
      records,
      at("front", "2016-11-28"),
    );
    expect(lines.newGraphic).toBe("District map: civilian deaths");
    expect(lines.sameGraphic).toBe("Civilian deaths");
  });

  it("adds parts only while the line stays short, and cuts an overlong one at a word", () => {
    const long = "word ".repeat(40).trim();
    const lines = announcements(
      fake("1 December", ["first", long]),
      records,
      at("front", "2016-12-01"),
    );
    expect(lines.newGraphic).toBe("District map, 1 December: first");
    const cut = announcements(fake("1 December", [long]), records, at("front", "2016-12-01"));
    expect(cut.newGraphic.length).toBeLessThanOrEqual(MAX_ANNOUNCEMENT);
    expect(cut.newGraphic).toMatch(/ word…$/);
  });

  it.each(story.beats.map((b) => [b.id, b] as const))(
    "%s: two short lines that differ",
    (_, beat) => {
      const state = { state: beat.state, date: beat.date, highlight: beat.highlight };
      const { newGraphic, sameGraphic } = announcements(graphic(beat.graphic), records, state);
      for (const line of [newGraphic, sameGraphic]) {
        expect(line.length).toBeGreaterThan(10);
        expect(line.length).toBeLessThanOrEqual(MAX_ANNOUNCEMENT);
      }
      const short = graphic(beat.graphic).shortTitle(records.edition);
      expect(newGraphic.startsWith(short)).toBe(true);
      expect(sameGraphic).not.toContain(short);
    },
  );
});

describe("someNames(names, most)", () => {
  it("names a few and counts the rest", () => {
    expect(someNames(["A", "B", "C"])).toBe("A, B and C");
    expect(someNames(["A", "B", "C", "D", "E"])).toBe("A, B and 3 more");
    expect(someNames(["A", "B", "C", "D"], 2)).toBe("A and 3 more");
  });
});

describe("the map's headline", () => {
  it("says which districts changed hands that day", () => {
    const changes = records.statusChanges.filter((c) => c.to === "government");
    const day = (changes[0] as (typeof changes)[number]).date;
    const { parts } = graphic("map").headline(records, at("front", day));
    expect(parts[0]).toMatch(/taken by government forces/);
  });
});
