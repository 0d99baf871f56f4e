import { describe, expect, it } from "vitest";
import {
  alternatesToLists,
  editionAddress,
  languageAlternates,
  switchesToLists,
} from "../../../../scripts/page/languageLinks.ts";
import { ARABIC_EDITION, ENGLISH_EDITION } from "../../../../scripts/prerender/pageEditions.ts";

const BASE = "https://example.org/aleppo/";

describe("editionAddress(to, from, view, base)", () => {
  it("is relative between the editions' folders, absolute with a public address", () => {
    expect(editionAddress(ARABIC_EDITION, ENGLISH_EDITION, "story", undefined)).toBe("ar/");
    expect(editionAddress(ENGLISH_EDITION, ARABIC_EDITION, "story", undefined)).toBe("../");
    expect(editionAddress(ENGLISH_EDITION, ARABIC_EDITION, "list", undefined)).toBe("../list.html");
    expect(editionAddress(ARABIC_EDITION, ARABIC_EDITION, "story", undefined)).toBe("./");
    expect(editionAddress(ARABIC_EDITION, ENGLISH_EDITION, "story", BASE)).toBe(`${BASE}ar/`);
  });
});

describe("languageAlternates(editions, from, base)", () => {
  it("lists every edition by its language and English as the default", () => {
    expect(languageAlternates([ENGLISH_EDITION, ARABIC_EDITION], ARABIC_EDITION, BASE).text).toBe(
      [
        `<link rel="alternate" hreflang="en" href="${BASE}">`,
        `<link rel="alternate" hreflang="ar" href="${BASE}ar/">`,
        `<link rel="alternate" hreflang="x-default" href="${BASE}">`,
      ].join("\n"),
    );
  });
});

describe("switchesToLists(body)", () => {
  it("sends each language switch to the other edition's list, and nothing else", () => {
    const body =
      '<a href="ar/" lang="ar" data-language-switch>x</a><a href="ar/" data-view-toggle>y</a>';
    expect(switchesToLists(body)).toBe(
      '<a href="ar/list.html" lang="ar" data-language-switch>x</a><a href="ar/" data-view-toggle>y</a>',
    );
  });
});

describe("alternatesToLists(head)", () => {
  it("points every alternate at its edition's list, relative or absolute, and nothing else", () => {
    const head = [
      '<link rel="canonical" href="https://example.org/aleppo/">',
      languageAlternates([ENGLISH_EDITION, ARABIC_EDITION], ARABIC_EDITION, undefined).text,
      languageAlternates([ENGLISH_EDITION, ARABIC_EDITION], ENGLISH_EDITION, BASE).text,
    ].join("\n");
    expect(alternatesToLists(head)).toBe(
      [
        '<link rel="canonical" href="https://example.org/aleppo/">',
        '<link rel="alternate" hreflang="en" href="../list.html">',
        '<link rel="alternate" hreflang="ar" href="./list.html">',
        '<link rel="alternate" hreflang="x-default" href="../list.html">',
        `<link rel="alternate" hreflang="en" href="${BASE}list.html">`,
        `<link rel="alternate" hreflang="ar" href="${BASE}ar/list.html">`,
        `<link rel="alternate" hreflang="x-default" href="${BASE}list.html">`,
      ].join("\n"),
    );
  });
});
