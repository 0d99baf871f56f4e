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
  const published = shareKit(story, records, byBeat, BASE, icon, "News Example");
  const pages = kit.momentPages(SCRIPT);

  it("makes a card page and a 1200-wide card for every beat, listed in the manifest", () => {
    expect(kit.manifest.moments.map((m) => m.beat)).toEqual(story.beats.map((b) => b.id));
    for (const m of kit.manifest.moments) {
      expect(pages.has(m.url), m.url).toBe(true);
      expect(kit.rasters.get(m.image)?.width, m.image).toBe(1200);
      expect(m.story).toBe(`index.html#${m.beat}`);
    }
  });

  it("lists each distinct picture once, with every beat that shows it", () => {
    const beats = kit.manifest.pictures.flatMap((p) => p.beats);
    expect([...beats].sort()).toEqual(story.beats.map((b) => b.id).sort());
    for (const p of kit.manifest.pictures) {
      expect(kit.rasters.get(p.image)?.width, p.image).toBeGreaterThanOrEqual(1200);
      expect(p.image).toBe(`pictures/${p.graphic}-${p.beats[0]}.png`);
    }
    const svgs = new Set(kit.manifest.pictures.map((p) => kit.rasters.get(p.image)?.svg));
    expect(svgs.size).toBe(kit.manifest.pictures.length);
  });

  it("draws a picture of every beat, named for its graphic and beat, with no hash", () => {
    const pictures = [...kit.rasters.keys()].filter((p) => p.startsWith("pictures/"));
    expect(pictures).toEqual(story.beats.map((b) => `pictures/${b.graphic}-${b.id}.png`));
    for (const p of kit.manifest.pictures)
      for (const id of p.beats) {
        const beat = story.beats.find((b) => b.id === id);
        const file = `pictures/${beat?.graphic}-${id}.png`;
        expect(kit.rasters.get(file)?.svg, file).toBe(kit.rasters.get(p.image)?.svg);
      }
  });

  it("lists every graphic's beats, in story order, each with its embed, picture and page", () => {
    const graphics = kit.manifest.graphics;
    expect(graphics.flatMap((g) => g.beats.map((b) => b.id)).sort()).toEqual(
      story.beats.map((b) => b.id).sort(),
    );
    for (const g of graphics) {
      expect(g.embed).toBe(`embed/${g.graphic}.html`);
      const shown = story.beats.filter((b) => b.graphic === g.graphic);
      expect(g.beats.map((b) => b.id)).toEqual(shown.map((b) => b.id));
      for (const [i, b] of g.beats.entries()) {
        const beat = shown[i] as (typeof shown)[number];
        expect(b).toMatchObject({
          state: beat.state,
          date: beat.date,
          embed: `embed/${g.graphic}.html?beat=${b.id}`,
          image: `pictures/${g.graphic}-${b.id}.png`,
          moment: `moments/${b.id}.html`,
        });
        expect(pages.has(b.moment)).toBe(true);
        expect(b.version).toMatch(/^[0-9a-f]{10}$/);
        expect(b.title).toBe(beat.hed);
        expect(kit.rasters.get(b.image)?.width).toBe(b.width);
      }
    }
  });

  it("versions a beat's picture by what it shows: same picture, same version", () => {
    const all = kit.manifest.graphics.flatMap((g) => g.beats);
    for (const a of all)
      for (const b of all)
        expect(a.version === b.version, `${a.id} ${b.id}`).toBe(
          kit.rasters.get(a.image)?.svg === kit.rasters.get(b.image)?.svg,
        );
  });

  it("offers each picture as SVG for a phone, a column and a wide page, with the PNG's credit", () => {
    for (const p of published.manifest.pictures) {
      expect(
        p.svgs.map((d) => d.use),
        p.image,
      ).toEqual(["phone", "column", "wide"]);
      for (const d of p.svgs) expect(published.files.get(d.path), d.path).toContain(BASE);
    }
    expect(published.credit).toContain("Graphic: News Example, ‘");
    expect(published.credit).toContain(BASE);
  });

  it("lists one embed per graphic state the story uses, each with its picture", () => {
    const used = new Set(story.beats.map((b) => `${b.graphic}-${b.state}`));
    expect(kit.manifest.embeds.map((e) => e.id).sort()).toEqual([...used].sort());
    for (const e of kit.manifest.embeds) {
      const [graphic, state] = [e.url.split("/")[1]?.split(".")[0], e.url.split("state=")[1]];
      expect(`${graphic}-${state}`).toBe(e.id);
      const picture = kit.manifest.pictures.find((p) => p.image === e.image);
      expect(picture?.state, e.id).toBe(state);
      expect(e.image).toMatch(new RegExp(`^pictures/${graphic}-[a-z-]+\\.png$`));
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

  it("in a publishing build, gives a moment page absolute share tags, its site and its name", () => {
    const kit = published;
    const beat = story.beats.find((b) => b.id === "hanano-falls") as (typeof story.beats)[number];
    const page = kit.momentPages(SCRIPT).get("moments/hanano-falls.html") as string;
    const tag = (property: string) =>
      page.match(new RegExp(`<meta property="${property}" content="([^"]*)">`))?.[1];
    const own = `${BASE}moments/hanano-falls.html`;
    expect(tag("og:url")).toBe(own);
    expect(page).toContain(`<link rel="canonical" href="${own}">`);
    expect(tag("og:image")).toMatch(new RegExp(`^${BASE}cards/hanano-falls-[0-9a-f]{10}\\.png$`));
    expect(tag("og:site_name")).toBe("News Example");
    expect(tag("og:title")).toBe(`26 November 2016: ${beat.hed} — ${story.headline}`);
    for (const m of kit.manifest.moments) {
      const other = kit.momentPages(SCRIPT).get(m.url) as string;
      expect(other, m.url).toMatch(/<meta property="og:image" content="https:\/\//);
      expect(other, m.url).toMatch(/<meta property="og:url" content="https:\/\//);
    }
    expect(kit.head).toContain('<meta property="og:site_name" content="News Example">');
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
