import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWN_STATES } from "../../../src/charts/registry.ts";
import { parseStory } from "../../../src/content/parseStory.ts";
import { beatEmbedUrl, embedBeats, resolveBeat } from "../../../src/embed/embedBeats.ts";

const beat = (
  id: string,
  graphic: string,
  state: string,
  date: string,
  highlight: string[] = [],
) => ({
  id,
  graphic,
  state,
  date,
  highlight,
});

describe("embedBeats(beats)", () => {
  it("lists each graphic's beats in story order, each with its own state, date and highlight", () => {
    const beats = embedBeats([
      beat("the-end", "map", "pocket", "2016-12-13"),
      beat("start", "control", "start", "2016-11-15"),
      beat("lines-break", "map", "front", "2016-11-27", ["jandoul", "baibdeen"]),
      { ...beat("sheikh-saeed", "map", "front", "2016-12-01", ["sheikh-saeed"]), formerly: ["x"] },
    ]);
    expect([...beats.keys()]).toEqual(["map", "control"]);
    expect(beats.get("map")).toEqual([
      {
        id: "the-end",
        graphic: "map",
        state: "pocket",
        date: "2016-12-13",
        highlight: [],
        formerly: [],
      },
      {
        id: "lines-break",
        graphic: "map",
        state: "front",
        date: "2016-11-27",
        highlight: ["jandoul", "baibdeen"],
        formerly: [],
      },
      {
        id: "sheikh-saeed",
        graphic: "map",
        state: "front",
        date: "2016-12-01",
        highlight: ["sheikh-saeed"],
        formerly: ["x"],
      },
    ]);
  });

  it("keeps beats that show the same picture apart: each is a moment to link to", () => {
    const beats = embedBeats([
      beat("a", "map", "pocket", "2016-12-13"),
      beat("b", "map", "pocket", "2016-12-13"),
    ]);
    expect(beats.get("map")?.map((b) => b.id)).toEqual(["a", "b"]);
  });

  it("addresses an embed at a beat", () => {
    expect(beatEmbedUrl({ graphic: "map", id: "old-city-falls" })).toBe(
      "embed/map.html?beat=old-city-falls",
    );
  });
});

describe("resolveBeat(asked, beats)", () => {
  const beats = [
    { id: "a", formerly: ["old-a"] },
    { id: "b", formerly: ["a-b"] },
  ];
  it("finds a beat by its id, or by an id it had before a merge", () => {
    expect(resolveBeat("a", beats)).toBe("a");
    expect(resolveBeat("old-a", beats)).toBe("a");
    expect(resolveBeat("a-b", beats)).toBe("b");
    expect(resolveBeat("c", beats)).toBeUndefined();
  });
});

describe("embedBeats(the story's beats)", () => {
  const COPY = "src/content/story.aml";
  const root = join(import.meta.dirname, "../../..");
  const story = parseStory(readFileSync(join(root, COPY), "utf8"), COPY, KNOWN_STATES);
  const beats = embedBeats(story.beats);

  it("gives every beat of the story to its graphic, once, as the story shows it", () => {
    const all = [...beats.values()].flat();
    expect(all.map((b) => b.id).sort()).toEqual(story.beats.map((b) => b.id).sort());
    for (const b of story.beats) {
      const shown = beats.get(b.graphic)?.find((e) => e.id === b.id);
      expect(shown, b.id).toMatchObject({
        state: b.state,
        date: b.date,
        highlight: b.highlight,
        formerly: b.formerly,
      });
    }
  });

  it("resolves every beat id and every old id of a graphic's beats to that graphic's beat", () => {
    for (const [graphic, list] of beats)
      for (const b of story.beats.filter((s) => s.graphic === graphic))
        for (const id of [b.id, ...b.formerly]) expect(resolveBeat(id, list), id).toBe(b.id);
  });
});
