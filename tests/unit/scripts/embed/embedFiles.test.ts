import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { embedFiles, PYM_PATH } from "../../../../scripts/embed/embedKit.ts";
import { dataTables } from "../../../../scripts/prerender/renderTables.ts";
import { STATIC_SIZES, staticGraphics } from "../../../../scripts/prerender/staticGraphics.ts";
import { GRAPHICS, KNOWN_STATES } from "../../../../src/charts/registry.ts";
import { parseStory } from "../../../../src/content/parseStory.ts";
import { embedBeats } from "../../../../src/embed/embedBeats.ts";
import { embedStates } from "../../../../src/embed/embedStates.ts";
import { records } from "../../charts/records.ts";

const ROOT = join(import.meta.dirname, "../../../..");
const COPY = "src/content/story.aml";
const story = parseStory(readFileSync(join(ROOT, COPY), "utf8"), COPY, KNOWN_STATES);
const { byBeat } = staticGraphics(story.beats, records);
const bundle = { script: "assets/embed-x.js", styles: ["assets/embed-x.css"] };
const files = embedFiles(story, byBeat, dataTables(records), undefined, bundle);
const page = (graphic: string) => parseHTML(files.get(`embed/${graphic}.html`) as string).document;

describe("embedFiles(story, graphics, tables, base, bundle)", () => {
  it("writes a page per graphic, and ships pym.js's parent as the package has it", () => {
    expect([...files.keys()].filter((f) => f.endsWith(".html")).sort()).toEqual(
      Object.keys(GRAPHICS)
        .sort()
        .map((g) => `embed/${g}.html`),
    );
    expect(files.get(PYM_PATH)).toContain("pym.js - v1.3.2");
  });

  it("carries every state the story uses, with its date, picture and description", () => {
    for (const [graphic, states] of embedStates(story.beats)) {
      const items = [...page(graphic).querySelectorAll("[data-embed-states] li[data-state]")];
      expect(items.map((li) => li.getAttribute("data-state"))).toEqual(states.map((s) => s.state));
      expect(items.map((li) => li.getAttribute("data-date"))).toEqual(states.map((s) => s.date));
      for (const li of items) {
        expect(li.getAttribute("data-narrow")).toMatch(/^\.\.\/graphics\/.+\.svg$/);
        expect(li.getAttribute("data-description")).not.toBe("");
      }
    }
  });

  it("has no inline script, opens its links in the host's window, and credits the source", () => {
    for (const graphic of Object.keys(GRAPHICS)) {
      const doc = page(graphic);
      for (const script of doc.querySelectorAll("script")) {
        expect(script.getAttribute("src")).toMatch(/^\.\.\/assets\//);
        expect(script.textContent).toBe("");
      }
      expect(doc.querySelectorAll("[onclick], [onload], [onerror]")).toHaveLength(0);
      for (const a of doc.querySelectorAll("a")) expect(a.getAttribute("target")).toBe("_top");
      expect(doc.querySelector(".embed-credit")?.textContent).toMatch(
        /^Graphic: The Aleppo graphics desk, ‘.+’\. Source: Wikipedia, ‘.+’, text as of 27 December 2023, CC BY-SA 4\.0\.$/,
      );
      expect(doc.querySelector("details summary")?.textContent).toBe("Show the data");
      expect(doc.querySelector("details table")).not.toBeNull();
    }
  });

  it("carries every beat of its graphic, in story order, as the story shows it there", () => {
    const beats = embedBeats(story.beats);
    for (const graphic of Object.keys(GRAPHICS)) {
      const items = [...page(graphic).querySelectorAll("[data-embed-beats] li[data-beat]")];
      const shown = story.beats.filter((b) => b.graphic === graphic);
      expect(items.map((li) => li.getAttribute("data-beat"))).toEqual(shown.map((b) => b.id));
      expect(beats.get(graphic)?.map((b) => b.id)).toEqual(shown.map((b) => b.id));
      for (const [i, li] of items.entries()) {
        const beat = shown[i] as (typeof shown)[number];
        expect(li.getAttribute("data-state")).toBe(beat.state);
        expect(li.getAttribute("data-date")).toBe(beat.date);
        expect(li.getAttribute("data-highlight")).toBe(beat.highlight.join("|"));
        expect(li.getAttribute("data-formerly")).toBe(beat.formerly.join("|"));
        // The story's own static drawing of the beat.
        const drawn = byBeat.get(beat.id);
        const narrow = STATIC_SIZES.findIndex((size) => size.key === "narrow");
        expect(li.getAttribute("data-narrow")).toBe(`../${drawn?.paths[narrow]}`);
        expect(li.getAttribute("data-description")).toBe(drawn?.description);
      }
    }
  });

  it("holds every step's description in the caption, so stepping keeps its height", () => {
    for (const [graphic, states] of embedStates(story.beats)) {
      const caption = page(graphic).querySelector("figcaption") as Element;
      const sizers = (list: string) =>
        [...caption.querySelectorAll(`[data-embed-sizer="${list}"]`)].map((s) => s.textContent);
      expect(sizers("states")).toEqual(states.map((s) => byBeat.get(s.beat)?.description));
      expect(sizers("beats")).toEqual(
        story.beats.filter((b) => b.graphic === graphic).map((b) => byBeat.get(b.id)?.description),
      );
      for (const s of caption.querySelectorAll("[data-embed-sizer]"))
        expect(s.getAttribute("aria-hidden")).toBe("true");
      expect(caption.querySelector("#embed-description")?.textContent).toBe(sizers("states")[0]);
    }
  });

  it("has a line for what was wrong with its address, hidden until the script fills it", () => {
    const line = page("map").querySelector("[data-embed-problem]");
    expect(line?.hasAttribute("hidden")).toBe(true);
  });
});
