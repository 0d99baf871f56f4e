import { describe, expect, it } from "vitest";
import { storyPlugins } from "../../../scripts/storyPlugins.ts";

const plugins = storyPlugins({
  dataDir: "data",
  copyFile: "src/content/story.aml",
  iconFile: "assets/icon.svg",
});

describe("storyPlugins", () => {
  it("has one plugin for each output, after the one that reads the story", () => {
    expect(plugins.map((p) => p.name)).toEqual([
      "story-source",
      "story-geography",
      "story-records",
      "story-page",
      "story-list-page",
      "story-embeds",
      "story-editors",
      "story-share-kit",
      "story-pictures",
      "story-csv",
      "story-headers",
    ]);
  });

  it("serves on the dev server everything it writes in a build, but _headers", () => {
    const serving = plugins.filter((p) => p.configureServer).map((p) => p.name);
    const writing = plugins.filter((p) => p.generateBundle).map((p) => p.name);
    expect(writing.filter((name) => !serving.includes(name))).toEqual(["story-headers"]);
    expect(plugins.filter((p) => p.apply === "build").map((p) => p.name)).toEqual([
      "story-geography",
      "story-headers",
    ]);
  });
});
