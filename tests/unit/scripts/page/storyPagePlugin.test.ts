import { describe, expect, it } from "vitest";
import { storySource } from "../../../../scripts/build/storySource.ts";
import { STORY_MARKS } from "../../../../scripts/page/storyDocument.ts";
import { storyPageHtml } from "../../../../scripts/page/storyPagePlugin.ts";

// A source that has no config throws when asked for the story.
const unread = storySource({ dataDir: "data", copyFile: "story.aml", iconFile: "icon.svg" });

describe("storyPageHtml", () => {
  it("leaves a page without the story's marks alone, without reading the story", () => {
    const embed = "<!doctype html><html><head></head><body><main></main></body></html>";
    expect(storyPageHtml(embed, unread, {})).toBe(embed);
  });

  it("reads the story for a page with its marks", () => {
    expect(() => storyPageHtml(`<body>${STORY_MARKS.body}</body>`, unread, {})).toThrow(
      /before Vite resolved its config/,
    );
  });
});
