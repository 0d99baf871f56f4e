import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { listPage } from "../../../../scripts/page/listPage.ts";
import { editionPageHtml } from "../../../../scripts/page/storyPagePlugin.ts";
import { buildPage } from "../../../../scripts/prerender/buildPage.ts";
import { ARABIC_EDITION, ENGLISH_EDITION } from "../../../../scripts/prerender/pageEditions.ts";
import {
  GEONAMES_LICENCE_NAME,
  SOURCE_LICENCE,
  SOURCE_LICENCE_NAME,
  SOURCE_TITLE,
  SOURCE_URL,
} from "../../../../scripts/prerender/source.ts";
import { readDataDir } from "../../../../src/data/readDataDir.ts";
import { PAGE_LATIN_ALLOWED } from "../../../../src/locale/latinAllowed.ts";

const ROOT = join(import.meta.dirname, "../../../..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const data = readDataDir(join(ROOT, "data"), ROOT);
const EDITIONS = [ENGLISH_EDITION, ARABIC_EDITION];
const english = buildPage(
  data,
  read("src/content/story.aml"),
  "story.aml",
  undefined,
  ENGLISH_EDITION,
  EDITIONS,
);
const arabic = buildPage(
  data,
  read("src/content/story.ar.aml"),
  "story.ar.aml",
  undefined,
  ARABIC_EDITION,
  EDITIONS,
);
// index.html as Vite leaves it in a build: its script and stylesheet under ./assets/.
const index = read("index.html").replace(
  '<script type="module" src="/src/main.ts"></script>',
  '<script type="module" crossorigin src="./assets/index-abc.js"></script>',
);
const page = editionPageHtml(index, { edition: ARABIC_EDITION, page: arabic }, {});
const { document } = parseHTML(page);

/**
 * The Latin-script words the Arabic page may show, and why; nothing else. The graphics'
 * words (marked with their own language) are left out while they fall back to English.
 */
const LATIN_ALLOWED: readonly (string | RegExp)[] = [
  SOURCE_TITLE, // the source article's title, as Wikipedia gives it
  SOURCE_LICENCE_NAME, // the licence's name
  // The source's and the licence's addresses, spelled out at the end of the printed copy
  // (#22; print only: paper has no links).
  decodeURI(SOURCE_URL),
  SOURCE_LICENCE,
  ...PAGE_LATIN_ALLOWED, // src/locale/latinAllowed.ts
  GEONAMES_LICENCE_NAME, // the locator map's places' licence (GeoNames), its name
];

function visibleLatin(root: Element): string[] {
  const skip = "script, style";
  const texts: string[] = [];
  const walk = (el: Element) => {
    if (el.matches(skip)) return;
    for (const attr of ["alt", "aria-label"]) {
      const value = el.getAttribute(attr);
      if (value) texts.push(value);
    }
    for (const node of el.childNodes) {
      if (node.nodeType === 3) texts.push(node.textContent ?? "");
      else if (node.nodeType === 1) walk(node as Element);
    }
  };
  walk(root);
  return texts
    .map((t) =>
      LATIN_ALLOWED.reduce<string>(
        (s, a) => (typeof a === "string" ? s.split(a).join(" ") : s.replace(a, " ")),
        t.trim(),
      ),
    )
    .flatMap((t) => t.match(/[A-Za-z]{2,}/g) ?? []);
}

describe("the Arabic story page (ar/index.html)", () => {
  it("is in Arabic, right to left, from the same bundle one folder up", () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">\n/);
    expect(page).toContain('<script type="module" crossorigin src="../assets/index-abc.js">');
    expect(page).not.toMatch(/["(]\.\/assets\//);
    expect(document.querySelector(".skip-link")?.textContent).toBe("انتقل إلى البيانات");
    const picture = document.querySelector(".graphic-canvas img")?.getAttribute("src");
    expect(picture).toMatch(/^\.\.\/graphics\//);
    expect(document.querySelector(".beat-link")?.getAttribute("href")).toMatch(/^#/);
  });

  it("lists both editions as alternates, English the default, on both pages", () => {
    const links = (head: string) =>
      [...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]*)">/g)].map(
        (m) => `${m[1]} ${m[2]}`,
      );
    expect(links(arabic.head)).toEqual(["en ../", "ar ./", "x-default ../"]);
    expect(links(english.head)).toEqual(["en ./", "ar ar/", "x-default ./"]);
  });

  it("links to the other edition in its own language, at its top without script", () => {
    const onArabic = document.querySelector("[data-language-switch]");
    expect(onArabic?.textContent).toBe("English");
    expect(onArabic?.getAttribute("lang")).toBe("en");
    expect(onArabic?.getAttribute("href")).toBe("../");
    const onEnglish = parseHTML(english.body).document.querySelector("[data-language-switch]");
    expect(onEnglish?.textContent).toBe("العربية");
    expect(onEnglish?.getAttribute("lang")).toBe("ar");
    expect(onEnglish?.getAttribute("href")).toBe("ar/");
  });

  it("has its list page, in Arabic, whose switch goes to the English list", () => {
    const list = listPage(page);
    expect(list).toMatch(/<html lang="ar" dir="rtl" class="list-view">/);
    const doc = parseHTML(list).document;
    expect(doc.querySelector("[data-view-toggle]")?.textContent).toBe("اعرضها قصة متتابعة");
    expect(doc.querySelector("[data-language-switch]")?.getAttribute("href")).toBe("../list.html");
  });

  it("lists the editions' lists, not their stories, as the lists' alternates", () => {
    const links = (list: string) =>
      [...list.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]*)">/g)].map(
        (m) => `${m[1]} ${m[2]}`,
      );
    expect(links(listPage(page))).toEqual([
      "en ../list.html",
      "ar ./list.html",
      "x-default ../list.html",
    ]);
    const englishPage = editionPageHtml(index, { edition: ENGLISH_EDITION, page: english }, {});
    expect(links(listPage(englishPage))).toEqual([
      "en ./list.html",
      "ar ar/list.html",
      "x-default ./list.html",
    ]);
  });

  it("shows no Latin-script word outside the allowed list", () => {
    expect(visibleLatin(document.body)).toEqual([]);
  });

  it("draws its graphics in Arabic, marking no part of the page as English", () => {
    expect(document.querySelectorAll('[lang="en-GB"][dir="ltr"]').length).toBe(0);
    expect(english.body).not.toContain('lang="en-GB"');
  });
});
