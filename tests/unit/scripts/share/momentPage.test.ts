import { describe, expect, it } from "vitest";
import { momentPage, previewText } from "../../../../scripts/share/momentPage.ts";

const moment = {
  beatId: "hanano-falls",
  headline: "The fall of east Aleppo",
  hed: "Hanano falls to government forces",
  when: "26 November 2016",
  siteName: "News Example",
  text: "Hanano was in government hands by 26 November.",
  description: "Hanano taken on 26 November.",
  image: "https://news.example.org/aleppo/cards/hanano-falls-0123456789.png",
  localImage: "../cards/hanano-falls-0123456789.png",
  url: "https://news.example.org/aleppo/moments/hanano-falls.html",
  story: "https://news.example.org/aleppo/",
  localStory: "../index.html",
  script: "../assets/moment-0123abcd.js",
};

/** Every <script> element, whole. */
const scripts = (page: string) => page.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? [];

describe("momentPage(moment)", () => {
  const page = momentPage(moment);

  it("has the tags a large link preview reads", () => {
    expect(page).toContain(
      '<meta property="og:title" content="26 November 2016: Hanano falls to government forces — The fall of east Aleppo">',
    );
    expect(page).toContain('<meta property="og:site_name" content="News Example">');
    expect(page).toContain(`<meta property="og:image" content="${moment.image}">`);
    expect(page).toContain('<meta property="og:description" content="Hanano was in');
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(page).toContain(`<link rel="canonical" href="${moment.url}">`);
    expect(page).toContain(`<meta property="og:url" content="${moment.url}">`);
  });

  it("is titled by what the moment is, its hed, not only its date", () => {
    expect(page).toContain(
      "<title>26 November 2016: Hanano falls to government forces — The fall of east Aleppo</title>",
    );
    expect(page).toContain("<h1>26 November 2016: Hanano falls to government forces</h1>");
  });

  it("sends readers on by a visible link to the story at the beat", () => {
    expect(page).toContain(
      '<a href="https://news.example.org/aleppo/#hanano-falls">Read this moment in the story</a>',
    );
  });

  it("has no meta refresh, which crawlers follow to the story's own tags", () => {
    expect(page).not.toMatch(/http-equiv/i);
    expect(page).not.toMatch(/refresh/i);
  });

  it("sends browsers on with the build's script, same-origin, named on <html>", () => {
    const src = scripts(page)[0]?.match(/src="([^"]+)"/)?.[1] as string;
    expect(src).toBe(moment.script);
    expect(new URL(src, moment.url).origin).toBe("https://news.example.org");
    expect(page).toContain(
      '<html lang="en-GB" data-beat="hanano-falls" data-story="../index.html">',
    );
  });

  it("runs under a strict content policy: one script, from a file, and no inline code", () => {
    expect(scripts(page)).toEqual([`<script type="module" src="${moment.script}"></script>`]);
    expect(page).not.toMatch(/\son[a-z]+=|javascript:/i);
  });

  it("without a public address, is canonical to itself and has no og:url", () => {
    const relative = momentPage({ ...moment, url: undefined, story: "../index.html" });
    expect(relative).toContain('<link rel="canonical" href="hanano-falls.html">');
    expect(relative).not.toContain("og:url");
    expect(relative).toContain('<a href="../index.html#hanano-falls">');
  });
});

describe("previewText(text, max)", () => {
  it("keeps short text whole and cuts long text at a word, marked", () => {
    expect(previewText("Short.")).toBe("Short.");
    const cut = previewText("one two three four, five six", 20);
    expect(cut).toBe("one two three four…");
    expect(cut.length).toBeLessThanOrEqual(20);
  });
});
