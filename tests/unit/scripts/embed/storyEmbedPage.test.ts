import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  chapterEmbedPath,
  STORY_EMBED_PATH,
  storyEmbedPage,
} from "../../../../scripts/embed/storyEmbedPage.ts";
import { buildPage } from "../../../../scripts/prerender/buildPage.ts";
import { readDataDir } from "../../../../src/data/readDataDir.ts";

const ROOT = join(import.meta.dirname, "../../../..");
const COPY = "src/content/story.aml";
const built = buildPage(
  readDataDir(join(ROOT, "data"), ROOT),
  readFileSync(join(ROOT, COPY), "utf8"),
  COPY,
);
const page = storyEmbedPage({
  headline: built.story.headline,
  standfirst: built.story.standfirst,
  body: built.bodyAt({ root: "../", framed: { story: "../index.html" } }),
  assets: {
    script: "../assets/story-embed-x.js",
    themeScript: "../assets/embed-theme-x.js",
    icon: "../icons/icon.svg",
    styles: ["../assets/story-embed-x.css"],
  },
});
const { document } = parseHTML(page);

describe("storyEmbedPage(input)", () => {
  it("is the whole story, every beat with its picture, opened as the list view", () => {
    expect(STORY_EMBED_PATH).toBe("embed/story.html");
    expect(document.documentElement.getAttribute("class")).toBe("list-view");
    const beats = [...document.querySelectorAll("[data-beat]")];
    expect(beats.map((b) => b.getAttribute("data-beat"))).toEqual(
      built.story.beats.map((b) => b.id),
    );
    for (const beat of beats)
      expect(beat.querySelector(".beat-figure img")?.getAttribute("src")).toMatch(
        /^\.\.\/graphics\/.+\.svg$/,
      );
    expect(document.querySelector("[data-graphic] img")?.getAttribute("src")).toMatch(
      /^\.\.\/graphics\//,
    );
    expect(document.querySelector("#tables details table")).not.toBeNull();
  });

  it("runs no inline script and offers no switch of view (the frame decides)", () => {
    for (const script of document.querySelectorAll("script")) {
      expect(script.getAttribute("src")).toMatch(/^\.\.\/assets\//);
      expect(script.textContent).toBe("");
    }
    expect(document.querySelectorAll("[onclick], [onload], [onerror]")).toHaveLength(0);
    expect(document.querySelector("[data-view-toggle]")).toBeNull();
  });

  it("keeps links within the story in the frame, and opens the rest in the host's window", () => {
    for (const a of document.querySelectorAll("a")) {
      const href = a.getAttribute("href") ?? "";
      if (href.startsWith("#")) expect(document.getElementById(href.slice(1)), href).not.toBeNull();
      else if (href.startsWith("../data/")) expect(a.hasAttribute("download"), href).toBe(true);
      else expect(a.getAttribute("target"), href).toBe("_top");
    }
    for (const beat of built.story.beats)
      expect(document.querySelector(`#${beat.id} .beat-link`)?.getAttribute("href")).toBe(
        `../index.html#${beat.id}`,
      );
  });
});

describe("storyEmbedPage(input), a chapter", () => {
  const section = "The southeast and the Old City";
  const chapter = parseHTML(
    storyEmbedPage({
      headline: built.story.headline,
      standfirst: built.story.standfirst,
      chapter: section,
      body: built.bodyAt({ root: "../", framed: { story: "../index.html" } }, section),
      assets: {
        script: "../assets/story-embed-x.js",
        themeScript: "../assets/embed-theme-x.js",
        icon: "../icons/icon.svg",
        styles: ["../assets/story-embed-x.css"],
      },
    }),
  ).document;
  const own = built.story.beats.filter((b) => b.section === section);

  it("is that section's beats alone, with the graphic at its first beat, as the list view", () => {
    expect(chapterEmbedPath("the-southeast-and-the-old-city")).toBe(
      "embed/chapter-the-southeast-and-the-old-city.html",
    );
    expect(chapter.documentElement.getAttribute("class")).toBe("list-view");
    expect(
      [...chapter.querySelectorAll("[data-beat]")].map((b) => b.getAttribute("data-beat")),
    ).toEqual(own.map((b) => b.id));
    expect(chapter.querySelector("[data-graphic]")?.getAttribute("data-graphic")).toBe(
      own[0]?.graphic,
    );
    expect(chapter.querySelector("[data-progress-count]")?.textContent).toBe(
      `Moment 1 of ${own.length}`,
    );
    expect(chapter.querySelector("#section-the-southeast-and-the-old-city")?.textContent).toBe(
      section,
    );
    expect(chapter.querySelector("title")?.textContent).toBe(`${section}: ${built.story.headline}`);
  });

  it("keeps the story's tables and credits, and names its beats' links as the story does", () => {
    expect(chapter.querySelector("#tables details table")).not.toBeNull();
    expect(chapter.querySelector("#about")).not.toBeNull();
    const link = (doc: Document, id: string) =>
      doc.querySelector(`[data-beat="${id}"] .beat-link`)?.textContent;
    for (const beat of own) expect(link(chapter, beat.id)).toBe(link(document, beat.id));
  });
});
