import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import type { EmbedsManifest } from "../../scripts/share/manifest.ts";

// The kit is files: most checks read dist/ as the build left it, and need no browser.
const DIST = join(import.meta.dirname, "../../dist");
const read = (path: string) => readFileSync(join(DIST, path));
const manifest: EmbedsManifest = JSON.parse(read("embeds.json").toString());
const storyHtml = read("index.html").toString();
const beats = [...storyHtml.matchAll(/<article class="beat" id="([^"]+)"/g)].map((m) => m[1]);

/** A tag's attribute, e.g. meta(html, 'property="og:image"', "content"). */
function attr(html: string, match: string, name: string): string | undefined {
  const tag = html.match(new RegExp(`<[a-z]+ [^>]*${match}[^>]*>`))?.[0];
  return tag?.match(new RegExp(`${name}="([^"]*)"`))?.[1];
}

/** The dist/ path an address on the page at `from` points to. */
function distPath(from: string, address: string): string {
  const base = manifest.publicUrl ?? "http://story.invalid/";
  const url = new URL(address, new URL(from, base));
  return decodeURIComponent(url.href.slice(base.length).replace(/#.*$/, ""));
}

function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe("the editors' kit, as built", { tag: "@desktop-only" }, () => {
  test("lists one share card page per beat of the story, in order", () => {
    expect(beats.length).toBeGreaterThan(10);
    expect(manifest.moments.map((m) => m.beat)).toEqual(beats);
    expect(manifest.moments.map((m) => m.url)).toEqual(beats.map((b) => `moments/${b}.html`));
  });

  test("every moment page's og:image is its own 1200×630 card", () => {
    for (const m of manifest.moments) {
      const page = read(m.url).toString();
      const image = attr(page, 'property="og:image"', "content") as string;
      expect(distPath(m.url, image), m.beat).toBe(m.image);
      expect(pngSize(read(m.image)), m.image).toEqual({ width: 1200, height: 630 });
      expect(attr(page, 'name="twitter:card"', "content")).toBe("summary_large_image");
      expect(attr(page, 'property="og:title"', "content")).toContain("The fall of east Aleppo");
    }
  });

  test("every moment page sends readers to the story at its beat, with no refresh", () => {
    for (const m of manifest.moments) {
      const page = read(m.url).toString();
      const link = page.match(/<a href="([^"]+)"/)?.[1];
      expect(link && distPath(m.url, link), m.beat).toBe("index.html");
      expect(link?.endsWith(`#${m.beat}`), m.beat).toBe(true);
      expect(page, m.beat).not.toMatch(/http-equiv|\son[a-z]+=/i);
      // Browsers go on by the build's own script, told the beat and the story on <html>.
      const inline = [...page.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((s) => s[1]);
      expect(inline, m.beat).toEqual([""]);
      const src = attr(page, 'type="module"', "src") as string;
      expect(distPath(m.url, src), m.beat).toMatch(/^assets\/moment-[\w-]+\.js$/);
      expect(read(distPath(m.url, src)).length, m.beat).toBeGreaterThan(0);
      expect(attr(page, "data-beat", "data-beat"), m.beat).toBe(m.beat);
      expect(distPath(m.url, attr(page, "data-story", "data-story") as string)).toBe("index.html");
      expect(attr(page, 'rel="canonical"', "href"), m.beat).toBeTruthy();
    }
  });

  test("lists a picture of every beat's graphic, at least 1200 px wide", () => {
    expect(manifest.pictures.flatMap((p) => p.beats).sort()).toEqual([...beats].sort());
    for (const p of manifest.pictures) {
      const size = pngSize(read(p.image));
      expect(size, p.image).toEqual({ width: p.width, height: p.height });
      expect(size.width).toBeGreaterThanOrEqual(1200);
    }
  });

  test("gives the story page its share tags and icons, each file served", async ({ request }) => {
    const image = attr(storyHtml, 'property="og:image"', "content") as string;
    expect(distPath("index.html", image)).toBe(manifest.story.image);
    expect(pngSize(read(manifest.story.image))).toEqual({ width: 1200, height: 630 });
    expect(attr(storyHtml, 'name="twitter:card"', "content")).toBe("summary_large_image");
    expect(storyHtml).not.toContain('href="data:,"');
    const icons = [...storyHtml.matchAll(/<link rel="(?:icon|apple-touch-icon)" href="([^"]+)"/g)];
    expect(icons.length).toBeGreaterThanOrEqual(2);
    for (const [, href] of icons) {
      const response = await request.get(href as string);
      expect(response.status(), href).toBe(200);
      expect(response.headers()["content-type"], href).toMatch(/^image\//);
    }
  });

  test("a reader opening a moment's link lands on the story at that beat", async ({ page }) => {
    const moment = manifest.moments[5] as EmbedsManifest["moments"][number];
    await page.goto(moment.url);
    await expect(page).toHaveURL(new RegExp(`/index\\.html#${moment.beat}$`));
    await expect(page.locator("h1")).toHaveText("The fall of east Aleppo");
  });
});
