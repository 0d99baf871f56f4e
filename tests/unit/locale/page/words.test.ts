import { describe, expect, it } from "vitest";
import { html } from "../../../../src/html.ts";
import { EDITIONS } from "../../../../src/locale/editions.ts";
import { en } from "../../../../src/locale/en.ts";
import { arPage } from "../../../../src/locale/page/ar.ts";
import { chartEdition } from "../../../../src/locale/page/chartEdition.ts";
import { clientWordsFor, languageKey } from "../../../../src/locale/page/client.ts";
import { enPage } from "../../../../src/locale/page/en.ts";
import { PAGE_WORDS, pageWordsFor } from "../../../../src/locale/page/index.ts";
import type { ExploreWords, PageWords } from "../../../../src/locale/page/types.ts";

/** The explore section's words, each function called with sample values, as text. */
function exploreWords(words: ExploreWords): [string, string][] {
  const sample: Record<string, () => unknown> = {
    sentence: () => words.sentence("d", ["a", "b"]),
    districtsHeld: () => words.districtsHeld(12, 35),
    share: () => words.share("60%", "p", "d"),
    wholeCity: () => words.wholeCity("n"),
    evacuated: () => words.evacuated(["a", "b"]),
    evacuatedBy: () => words.evacuatedBy("1", true, "p", "d"),
  };
  return Object.entries(words).map(([key, value]): [string, string] => {
    const made = typeof value === "function" ? sample[key]?.() : value;
    return [`explore.${key}`, String(made)];
  });
}

/** Every word of an edition, each function called with sample values, as text. */
function everyWord(words: PageWords): [string, string][] {
  const kbd = html`<kbd>j</kbd>`;
  const sample: Record<string, () => unknown> = {
    keysToggle: () => words.keysToggle(kbd, kbd),
    momentLink: () => words.momentLink("x"),
    momentName: () => words.momentName("d", "o"),
    beatDate: () => words.beatDate("2016-12-15"),
    longDate: () => words.longDate("2016-12-15"),
    progressDate: () => words.progressDate("2016-12-15"),
    momentCount: () => words.momentCount(3, 39),
    firstPublished: () => words.firstPublished(html`<time>t</time>`),
    editorsNote: () => words.editorsNote((w) => html`<a>${w}</a>`),
    sourceCredit: () => words.sourceCredit("T", html`<a>L</a>`),
    printSource: () => words.printSource("T", html`<a>u</a>`, "L", html`<a>v</a>`),
    mapCredit: () => words.mapCredit(html`<a>L</a>`),
    dataFile: () => words.dataFile("f.csv", 12),
    tableRegion: () => words.tableRegion("n"),
  };
  return Object.entries(words).flatMap(([key, value]): [string, string][] => {
    if (key === "explore") return exploreWords(value as ExploreWords);
    // The kit's words have their own test (kit.test.ts).
    if (key === "kit") return [];
    if (key === "datasets")
      return Object.entries(value as object).flatMap(([name, d]) => [
        [`datasets.${name}.title`, d.title],
        [`datasets.${name}.description`, d.description],
      ]);
    const made = typeof value === "function" ? sample[key]?.() : value;
    return [[key, String(made)]];
  });
}

describe("the page words (src/locale/page)", () => {
  it("has every key of the English words in Arabic, none empty", () => {
    const keys = (w: PageWords) => Object.keys(w).filter((k) => k !== "datasets");
    expect(keys(arPage).sort()).toEqual(keys(enPage).sort());
    for (const [key, text] of everyWord(arPage)) expect(text.trim(), key).not.toBe("");
    expect(Object.keys(arPage.explore).sort()).toEqual(Object.keys(enPage.explore).sort());
  });

  it("writes the English page's words as it always has", () => {
    expect(enPage.momentCount(3, 39)).toBe("Moment 3 of 39");
    expect(enPage.progressDate("2016-11-26")).toBe("26 Nov 2016");
    expect(enPage.beatDate("2016-11-26")).toBe("26 November");
    expect(enPage.keysToggle(html`<kbd>j</kbd>`, html`<kbd>k</kbd>`).text).toBe(
      "Step through the story with the <kbd>j</kbd> and <kbd>k</kbd> keys",
    );
  });

  it("writes the Arabic words in Arabic, with the Syriac months and Western digits", () => {
    expect(arPage.momentCount(3, 39)).toBe("اللحظة 3 من 39");
    expect(arPage.progressDate("2016-12-15")).toBe("15 كانون الأول 2016");
    // Only the values handed in (the keys, a file's name, the sample's letters) are Latin.
    const latin = /[A-Za-z]{2,}/;
    const tags = new Set(["lang", "dir", "hreflang"]);
    for (const [key, text] of everyWord(arPage).filter(([k]) => !tags.has(k))) {
      const words = text.replace(/<[^>]+>/g, " ").replace(/\bf\.csv\b/, "");
      if (key === "dataIntro") expect(words.replace("CSV", "")).not.toMatch(latin);
      else expect(words, key).not.toMatch(latin);
    }
    expect(arPage.dir).toBe("rtl");
    expect(arPage.lang).toBe("ar");
  });

  it("names each page's words by its root's language, English for any other", () => {
    expect(languageKey("en-GB")).toBe("en");
    expect(pageWordsFor("ar")).toBe(arPage);
    expect(pageWordsFor("en-GB")).toBe(enPage);
    expect(pageWordsFor("fr")).toBe(enPage);
    expect(Object.keys(PAGE_WORDS).sort()).toEqual(["ar", "en"]);
    expect(clientWordsFor("ar").momentCount(1, 2)).toBe(arPage.momentCount(1, 2));
    expect(clientWordsFor("en-GB").momentCount(1, 2)).toBe("Moment 1 of 2");
  });

  it("draws the charts in the page's edition, and refuses a language with none", () => {
    expect(chartEdition("en-GB")).toBe(en);
    expect(chartEdition("ar")).toBe(EDITIONS.ar);
    expect(() => chartEdition("fr")).toThrow('no chart edition for the page language "fr"');
  });
});
