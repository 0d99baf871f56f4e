import { describe, expect, it } from "vitest";
import { sectionId, storyChapters } from "../../../src/content/chapters.ts";
import { SECTIONS } from "../../../src/content/story.ts";
import { shippedStory } from "./shippedStory.ts";

describe("sectionId(section)", () => {
  it("is the title in lower case, words joined by hyphens", () => {
    expect(sectionId("The southeast and the Old City")).toBe("the-southeast-and-the-old-city");
    expect(sectionId("The cost")).toBe("the-cost");
    expect(sectionId("  Aftermath, 2017! ")).toBe("aftermath-2017");
  });

  it("gives every section of the story an id of its own", () => {
    expect(new Set(SECTIONS.map(sectionId)).size).toBe(SECTIONS.length);
  });
});

describe("storyChapters(beats)", () => {
  const story = shippedStory;
  const chapters = storyChapters(story.beats);

  it("is every section, in story order, each with its own beats", () => {
    expect(chapters.map((c) => c.title)).toEqual([...SECTIONS]);
    expect(chapters.map((c) => c.id)).toEqual(SECTIONS.map(sectionId));
    expect(chapters.flatMap((c) => c.beats)).toEqual(story.beats);
    for (const c of chapters) for (const b of c.beats) expect(b.section).toBe(c.title);
  });

  it("has no chapter for a section no beat is in", () => {
    expect(storyChapters(story.beats.slice(0, 3)).map((c) => c.id)).toEqual(["the-cost"]);
  });
});
