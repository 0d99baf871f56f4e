import { join } from "node:path";
import type { ResolvedConfig } from "vite";
import { describe, expect, it } from "vitest";
import { storySource } from "../../../../scripts/build/storySource.ts";

const ROOT = join(import.meta.dirname, "../../../..");
const OPTIONS = { dataDir: "data", copyFile: "src/content/story.aml", iconFile: "assets/icon.svg" };

/** A story source for this project, as Vite's config hands it over. */
function source() {
  const made = storySource(OPTIONS);
  made.configure({ root: ROOT, command: "build" } as ResolvedConfig);
  return made;
}

describe("storySource", () => {
  // Reading the story draws every beat's graphic: read twice in all, here.
  it("reads the story once for every plugin, and what is derived from it, until invalidated", () => {
    const story = source();
    let made = 0;
    const beats = story.derived((input) => {
      made++;
      return input.page.story.beats.length;
    });
    const first = story.load();
    expect(first.page.story.beats.length).toBeGreaterThan(0);
    expect(first.kit.manifest.moments).toHaveLength(first.page.story.beats.length);
    expect(story.load()).toBe(first);
    expect(beats()).toBe(beats());
    expect(made).toBe(1);

    let told = 0;
    story.onInvalidate(() => told++);
    story.invalidate();
    expect(told).toBe(1);
    const second = story.load();
    expect(second).not.toBe(first);
    expect(second.page.body).toBe(first.page.body);
    beats();
    expect(made).toBe(2);
  }, 60_000);

  it("knows its source files: the CSVs, the copy's folder and the icon", () => {
    const story = source();
    const at = (path: string) => story.isSource(join(ROOT, path));
    expect(at("data/evacuation.csv")).toBe(true);
    expect(at("src/content/story.aml")).toBe(true);
    expect(at("assets/icon.svg")).toBe(true);
    expect(at("data/README.md")).toBe(false);
    expect(at("src/main.ts")).toBe(false);
    expect(at("src/contentious.ts")).toBe(false);
    expect(at("data")).toBe(false);
  });

  it("refuses to read before Vite has resolved its config", () => {
    expect(() => storySource(OPTIONS).load()).toThrow(/before Vite resolved its config/);
  });
});
