import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { staticGraphics } from "../../../../scripts/prerender/staticGraphics.ts";
import { shareKit } from "../../../../scripts/share/shareKit.ts";
import { KNOWN_STATES } from "../../../../src/charts/registry.ts";
import { parseStory } from "../../../../src/content/parseStory.ts";
import { records } from "../../charts/records.ts";

const ROOT = join(import.meta.dirname, "../../../..");
const COPY = "src/content/story.aml";
const story = parseStory(readFileSync(join(ROOT, COPY), "utf8"), COPY, KNOWN_STATES);
const { byBeat } = staticGraphics(story.beats, records);
const icon = readFileSync(join(ROOT, "assets/icon.svg"), "utf8");
const BASE = "https://news.example.org/aleppo/";
const SCRIPT = "assets/moment-0123abcd.js";

describe("shareKit(story, records, graphics, base, icon)", () => {
  const kit = shareKit(story, records, byBeat, undefined, icon);
  const published = shareKit(story, records, byBeat, BASE, icon);
  const pages = kit.momentPages(SCRIPT);

  it("makes a card page and a 1200-wide card for every beat, listed in the manifest", () => {
    expect(kit.manifest.moments.map((m) => m.beat)).toEqual(story.beats.map((b) => b.id));
    for (const m of kit.manifest.moments) {
      expect(pages.has(m.url), m.url).toBe(true);
      expect(kit.rasters.get(m.image)?.width, m.image).toBe(1200);
      expect(m.story).toBe(`index.html#${m.beat}`);
    }
  });

  it("draws each distinct picture once, and every beat's picture is listed", () => {
    const beats = kit.manifest.pictures.flatMap((p) => p.beats);
    expect([...beats].sort()).toEqual(story.beats.map((b) => b.id).sort());
    for (const p of kit.manifest.pictures) {
      expect(kit.rasters.get(p.image)?.width, p.image).toBeGreaterThanOrEqual(1200);
      expect(p.image).toMatch(new RegExp(`^pictures/${p.graphic}-${p.state}-[0-9a-f]{10}\\.png$`));
    }
    expect(kit.manifest.pictures.length).toBeLessThanOrEqual(story.beats.length);
  });

  it("lists one embed per graphic state the story uses, each with its picture", () => {
    const used = new Set(story.beats.map((b) => `${b.graphic}-${b.state}`));
    expect(kit.manifest.embeds.map((e) => e.id).sort()).toEqual([...used].sort());
    for (const e of kit.manifest.embeds) {
      const [graphic, state] = [e.url.split("/")[1]?.split(".")[0], e.url.split("state=")[1]];
      expect(`${graphic}-${state}`).toBe(e.id);
      const picture = kit.manifest.pictures.find((p) => p.image === e.image);
      expect(picture?.state, e.id).toBe(state);
    }
  });

  it("writes the manifest as dist/embeds.json, its story entry pointing at files it makes", () => {
    const manifest = JSON.parse(kit.files.get("embeds.json") as string);
    expect(manifest).toEqual(kit.manifest);
    expect(kit.rasters.has(manifest.story.image)).toBe(true);
    expect(kit.rasters.has(manifest.story.icon)).toBe(true);
    expect(manifest.story.embed).toBe("embed/story.html");
    expect(manifest.story.chapters[0]).toEqual({
      id: "the-cost",
      title: "The cost",
      embed: "embed/chapter-the-cost.html",
    });
    expect(manifest.story.chapters).toHaveLength(new Set(story.beats.map((b) => b.section)).size);
    expect(manifest.publicUrl).toBeNull();
  });

  it("without a public address, gives the story relative share tags and no canonical link", () => {
    expect(kit.head).toContain(`<meta property="og:image" content="${kit.manifest.story.image}">`);
    expect(kit.head).not.toContain("canonical");
    expect(pages.get("moments/hanano-falls.html")).toContain(
      '<a href="../index.html#hanano-falls">',
    );
  });

  it("with one, makes every share address absolute", () => {
    expect(published.head).toContain(`<link rel="canonical" href="${BASE}">`);
    expect(published.head).toContain(`content="${BASE}${published.manifest.story.image}"`);
    const page = published.momentPages(SCRIPT).get("moments/hanano-falls.html") as string;
    expect(page).toContain(`<link rel="canonical" href="${BASE}moments/hanano-falls.html">`);
    expect(page).toMatch(
      new RegExp(`og:image" content="${BASE}cards/hanano-falls-[0-9a-f]{10}\\.png"`),
    );
    expect(page).toContain(`<a href="${BASE}#hanano-falls">`);
    // The credit on the pictures links the story too.
    const picture = published.manifest.pictures[0]?.image as string;
    expect(published.rasters.get(picture)?.svg).toContain(BASE);
    expect(published.manifest.publicUrl).toBe(BASE);
  });

  it("describes the story to search engines as a NewsArticle, with its address when known", () => {
    const dataOf = (head: string) => {
      const blocks = [...head.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)];
      expect(blocks).toHaveLength(1);
      return JSON.parse(blocks[0]?.[1] ?? "");
    };
    const relative = dataOf(kit.head);
    expect(relative).toMatchObject({
      "@type": "NewsArticle",
      headline: story.headline,
      description: story.standfirst,
      datePublished: story.published,
      image: kit.manifest.story.image,
    });
    expect(relative).not.toHaveProperty("url");
    expect(dataOf(published.head)).toMatchObject({
      url: BASE,
      image: `${BASE}${published.manifest.story.image}`,
    });
  });

  it("has every card page load the build's script, both relative even with a public address", () => {
    for (const k of [kit, published]) {
      const page = k.momentPages(SCRIPT).get("moments/hanano-falls.html") as string;
      expect(page).toContain(`<script type="module" src="../${SCRIPT}"></script>`);
      expect(page).toContain('data-beat="hanano-falls" data-story="../index.html"');
    }
  });

  it("gives the page a real icon in each size, drawn from assets/icon.svg", () => {
    expect(kit.head).toContain('<link rel="icon" href="icons/icon.svg" type="image/svg+xml">');
    expect(kit.files.get("icons/icon.svg")).toBe(icon);
    expect([...kit.rasters.keys()].filter((p) => p.startsWith("icons/"))).toEqual([
      "icons/icon-32.png",
      "icons/icon-180.png",
      "icons/icon-192.png",
    ]);
  });
});
