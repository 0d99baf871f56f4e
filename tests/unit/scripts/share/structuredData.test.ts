import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  JSON_LD_TYPE,
  jsonLdScript,
  newsArticle,
} from "../../../../scripts/share/structuredData.ts";
import { shippedStory } from "../../content/shippedStory.ts";

const BASE = "https://news.example.org/aleppo/";
const story = {
  headline: "A headline",
  standfirst: "A standfirst.",
  published: "2026-11-30",
  corrections: [
    { date: "2026-12-07", text: "One.", line: 1 },
    { date: "2026-12-09", text: "Two.", line: 4 },
  ],
};

/** The data a page's JSON-LD element holds, read back as a crawler reads it. */
const readBack = (element: string) => {
  const { document } = parseHTML(`<html><head>${element}</head><body></body></html>`);
  const scripts = document.querySelectorAll("script");
  expect(scripts).toHaveLength(1);
  expect(scripts[0]?.getAttribute("type")).toBe(JSON_LD_TYPE);
  return JSON.parse(scripts[0]?.textContent ?? "");
};

describe("newsArticle(story, addresses)", () => {
  it("dates the story by its publication and its latest correction", () => {
    const data = newsArticle(story, { url: BASE, image: `${BASE}cards/story.png` });
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "A headline",
      description: "A standfirst.",
      datePublished: "2026-11-30",
      dateModified: "2026-12-09",
      inLanguage: "en",
      url: BASE,
      mainEntityOfPage: BASE,
      image: `${BASE}cards/story.png`,
      author: { "@type": "Organization", name: "The Aleppo graphics desk" },
      publisher: { "@type": "Organization", name: "The Aleppo graphics desk" },
    });
    const uncorrected = newsArticle(
      { ...story, corrections: [] },
      { url: BASE, image: `${BASE}x.png` },
    );
    expect(uncorrected.dateModified).toBe("2026-11-30");
  });

  it("is based on the Wikipedia article, under its licence", () => {
    expect(newsArticle(story, { url: undefined, image: "x.png" }).isBasedOn).toEqual({
      "@type": "Article",
      name: "Aleppo offensive (November–December 2016)",
      url: "https://en.wikipedia.org/wiki/Aleppo_offensive_(November%E2%80%93December_2016)",
      license: "https://creativecommons.org/licenses/by-sa/4.0/",
      isPartOf: { "@type": "WebSite", name: "Wikipedia" },
    });
  });

  it("names the organisation the build is given as author and publisher", () => {
    const data = newsArticle(story, { url: BASE, image: `${BASE}x.png` }, "News Example");
    expect(data.author).toEqual({ "@type": "Organization", name: "News Example" });
    expect(data.publisher).toEqual(data.author);
  });

  it("refuses a relative image beside a public address: crawlers could not fetch it", () => {
    expect(() => newsArticle(story, { url: BASE, image: "cards/story.png" })).toThrow(
      "relative image, cards/story.png",
    );
  });

  it("gives the page's address only when the build knows it", () => {
    const data = newsArticle(story, { url: undefined, image: "cards/story.png" });
    expect(data).not.toHaveProperty("url");
    expect(data).not.toHaveProperty("mainEntityOfPage");
  });

  it("describes the shipped story by its standfirst, dated as its copy says", () => {
    const data = newsArticle(shippedStory, { url: BASE, image: `${BASE}x.png` });
    expect(data.description).toBe(shippedStory.standfirst);
    expect(data.datePublished).toBe(shippedStory.published);
    expect(data.dateModified).toBe(shippedStory.corrections.at(-1)?.date ?? shippedStory.published);
  });
});

describe("jsonLdScript(data)", () => {
  it("is one JSON-LD element whose JSON reads back as the data", () => {
    const data = newsArticle(story, { url: BASE, image: `${BASE}x.png` });
    expect(readBack(jsonLdScript(data))).toEqual(data);
  });

  it("cannot be closed or commented out by the copy: no <, > or & is written as itself", () => {
    const hostile = {
      ...story,
      headline: 'Aleppo</script><script>alert(1)</script> & "more"',
      standfirst: "<!-- a comment --> </SCRIPT >",
    };
    const element = jsonLdScript(newsArticle(hostile, { url: undefined, image: "x.png" }));
    const body = element.slice(element.indexOf(">") + 1, element.lastIndexOf("</script>"));
    expect(body).not.toMatch(/[<>&]/);
    expect(element.match(/<\/script/gi)).toHaveLength(1);
    const read = readBack(element);
    expect(read.headline).toBe(hostile.headline);
    expect(read.description).toBe(hostile.standfirst);
  });
});
