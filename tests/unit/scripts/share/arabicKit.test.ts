import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { kitInputs, readStory } from "../../../../scripts/build/storySource.ts";
import { EDITORS_PATH } from "../../../../scripts/editors/editorsKit.ts";
import { editorsHtml } from "../../../../scripts/editors/editorsPagePlugin.ts";
import { embedPages } from "../../../../scripts/embed/embedsPlugin.ts";
import type { EmbedsManifest } from "../../../../scripts/share/manifest.ts";
import { shareKitFiles } from "../../../../scripts/share/shareKitPlugin.ts";
import { LATIN_ALLOWED_KIT } from "../../../../src/locale/latinAllowed.ts";

const ROOT = new URL("../../../..", import.meta.url).pathname;
const BASE = "https://news.example.org/aleppo/";
const OPTIONS = {
  dataDir: "data",
  copyFile: "src/content/story.aml",
  iconFile: "assets/icon.svg",
  editions: { ar: "src/content/story.ar.aml" },
};
const CODE = { script: "assets/code-abc.js", styles: ["assets/code-abc.css"] };

/** The text a reader or a screen reader meets on a page, less code an editor pastes. */
function visibleText(page: string): string[] {
  const { document } = parseHTML(page);
  const texts: string[] = [document.title];
  const walk = (el: Element) => {
    if (el.matches("script, style, code, pre")) return;
    for (const attr of ["alt", "aria-label", "title", "placeholder"]) {
      const value = el.getAttribute(attr);
      if (value) texts.push(value);
    }
    for (const node of el.childNodes) {
      if (node.nodeType === 3) texts.push(node.textContent ?? "");
      else if (node.nodeType === 1) walk(node as Element);
    }
  };
  walk(document.documentElement);
  return texts;
}

/** Latin-script words outside `LATIN_ALLOWED_KIT`. */
const latinWords = (page: string) =>
  visibleText(page).flatMap(
    (t) =>
      LATIN_ALLOWED_KIT.reduce((s, allowed) => s.replace(allowed, " "), t).match(/[A-Za-z]{2,}/g) ??
      [],
  );

describe("the Arabic edition's kit (ar/)", () => {
  const previous = process.env.STORY_PUBLIC_URL;
  process.env.STORY_PUBLIC_URL = BASE;
  const input = readStory(OPTIONS, ROOT);
  if (previous === undefined) delete process.env.STORY_PUBLIC_URL;
  else process.env.STORY_PUBLIC_URL = previous;
  const embeds = embedPages(input, { graphic: CODE, story: CODE });
  const share = shareKitFiles(input, "assets/moment-abc.js");
  const [english, arabic] = kitInputs(input);
  if (!english || !arabic) throw new Error("the build has no Arabic edition");
  const editors = editorsHtml(arabic, CODE).html;

  it("lists each edition in embeds.json, English's fields as they were", () => {
    const manifest = JSON.parse(share.get("embeds.json") ?? "") as EmbedsManifest;
    expect(manifest.story.embed).toBe("embed/story.html");
    expect(manifest.editors).toBe("editors.html");
    const [en, ar] = manifest.editions ?? [];
    expect(en).toMatchObject({ lang: "en", dir: "ltr", story: "index.html", list: "list.html" });
    expect(ar).toMatchObject({
      lang: "ar",
      dir: "rtl",
      story: "ar/index.html",
      list: "ar/list.html",
      editors: "ar/editors.html",
    });
    expect(ar?.embeds.story).toBe("ar/embed/story.html");
    expect(ar?.embeds.chapters.map((c) => c.embed)).toEqual(
      en?.embeds.chapters.map((c) => `ar/${c.embed}`),
    );
    expect(ar?.embeds.graphics.map((g) => g.embed)).toContain("ar/embed/map.html");
    expect(ar?.embeds.graphics[0]?.title).toMatch(/[\u0600-\u06FF]/);
    // Every address it lists is a file the build writes.
    const written = new Set([...embeds.keys(), ...share.keys(), ...input.kit.rasters.keys()]);
    for (const m of ar?.moments ?? []) expect(written.has(m.url), m.url).toBe(true);
    for (const g of ar?.embeds.graphics ?? []) expect(written.has(g.embed), g.embed).toBe(true);
    expect(written.has("ar/embed/pym.v1.min.js")).toBe(true);
  });

  it("writes each graphic's embed in Arabic, right to left, with hreflang and no switch", () => {
    const page = embeds.get("ar/embed/control.html") ?? "";
    expect(page).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    expect(page).toContain('<script type="module" src="../../assets/code-abc.js">');
    expect(page).toMatch(/<img src="\.\.\/\.\.\/graphics\//);
    expect(page).toContain(`<link rel="alternate" hreflang="en" href="${BASE}embed/control.html">`);
    expect(page).toContain(
      `<link rel="alternate" hreflang="ar" href="${BASE}ar/embed/control.html">`,
    );
    expect(page).not.toContain("language-switch");
    expect(embeds.get("embed/control.html")).toContain(
      `<link rel="alternate" hreflang="ar" href="${BASE}ar/embed/control.html">`,
    );
    expect(latinWords(page)).toEqual([]);
  });

  it("writes the whole story's and each chapter's embed in Arabic", () => {
    const chapters = [...embeds.keys()].filter((p) => p.startsWith("ar/embed/chapter-"));
    expect(chapters.length).toBe(arabic.page.story.beats.length > 0 ? 8 : 0);
    for (const path of ["ar/embed/story.html", ...chapters]) {
      const page = embeds.get(path) ?? "";
      expect(page, path).toMatch(/<html lang="ar" dir="rtl" class="list-view">/);
      expect(page, path).toContain('href="../../assets/code-abc.css"');
      expect(latinWords(page), path).toEqual([]);
    }
  });

  it("writes the editors' page in Arabic, its code pointing at the Arabic embeds", () => {
    const { document } = parseHTML(editors);
    expect(document.documentElement.getAttribute("dir")).toBe("rtl");
    const codes = [...document.querySelectorAll("code[data-snippet]")].map((c) => c.textContent);
    expect(codes.length).toBeGreaterThan(50);
    for (const code of codes) expect(code).toContain(`${BASE}ar/embed/`);
    const toEnglish = document.querySelector(".language-switch a");
    expect(toEnglish?.getAttribute("href")).toBe(`${BASE}${EDITORS_PATH}`);
    expect(toEnglish?.textContent).toBe("English");
    expect(editors).toContain('<link rel="stylesheet" href="../assets/code-abc.css">');
    expect(latinWords(editors)).toEqual([]);
    const englishEditors = editorsHtml(english, CODE).html;
    expect(englishEditors).toContain(`href="${BASE}ar/editors.html" lang="ar"`);
  });

  it("writes a share page and a card for every beat, in Arabic, each linking to its twin", () => {
    const moments = [...share.keys()].filter((p) => p.startsWith("ar/moments/"));
    expect(moments.length).toBe(arabic.page.story.beats.length);
    for (const path of moments) {
      const page = share.get(path) ?? "";
      const twin = path.replace(/^ar\//, "");
      expect(page, path).toMatch(/<html lang="ar" dir="rtl"/);
      expect(page, path).toContain(`hreflang="en" href="${BASE}${twin}"`);
      expect(page, path).toContain('src="../../assets/moment-abc.js"');
      expect(page, path).toMatch(
        /og:image" content="https:\/\/news\.example\.org\/aleppo\/ar\/cards\//,
      );
      expect(latinWords(page), path).toEqual([]);
      expect(share.get(twin), twin).toContain(`hreflang="ar" href="${BASE}${path}"`);
    }
  });
});
