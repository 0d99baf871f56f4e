import { describe, expect, it } from "vitest";
import {
  type EditorsPageInput,
  type EditorsState,
  editorsPage,
} from "../../../../scripts/editors/editorsPage.ts";
import { SOURCE_LICENCE } from "../../../../scripts/prerender/source.ts";

const state = (name: string, date: string): EditorsState => ({
  id: `control-${name}`,
  state: name,
  name: `Control chart, ${date}`,
  description: `What the chart shows on ${date} <b>not markup</b>.`,
  embed: `embed/control.html?state=${name}`,
  png: { path: `pictures/control-${name}-0123456789.png`, width: 1440, height: 1000 },
  svg: [
    { use: "phone", path: `downloads/control-${name}-phone.svg`, width: 360, height: 600 },
    { use: "wide", path: `downloads/control-${name}-wide.svg`, width: 720, height: 700 },
  ],
  heights: {
    stepped: 820,
    fixed: 770,
    columns: { "375": 770, "640": 700, "800": 690, "1000": 680 },
  },
});

const input = (base: string | undefined): EditorsPageInput => ({
  headline: "The fall of east Aleppo",
  base,
  storyEmbed: "embed/story.html",
  chapters: [
    { id: "the-cost", title: "The cost", embed: "embed/chapter-the-cost.html" },
    { id: "a-divided-city", title: "A divided city", embed: "embed/chapter-a-divided-city.html" },
  ],
  graphics: [
    {
      name: "control",
      title: "Share under government control",
      // Two states on one date: their names must still tell them apart.
      states: [state("start", "6 December 2016"), state("old-city", "6 December 2016")],
      csv: "downloads/control-data.csv",
      beats: [
        {
          id: "old-city-falls",
          date: "2016-12-06",
          title: "The Old City <i>fell</i>…",
          embed: "embed/control.html?beat=old-city-falls",
          png: {
            path: "pictures/control-old-city-falls.png?v=0123456789",
            width: 1440,
            height: 1000,
          },
          moment: "moments/old-city-falls.html",
        },
      ],
      datasets: [{ file: "data/control.csv", title: "Territorial control" }],
    },
  ],
  credit: "Source: Wikipedia; data and story: The fall of east Aleppo",
  measuredAt: [320, 559, 600, 1000],
  assets: {
    tokens: ":root{--ink-text:#000}",
    styles: ["assets/editors.css"],
    script: "assets/editors.js",
    icon: "icons/icon.svg",
  },
});

describe("editorsPage(input)", () => {
  const page = editorsPage(input(undefined));

  it("runs no inline script: one same-origin module", () => {
    expect(page.match(/<script\b[^>]*>/g)).toEqual([
      '<script type="module" src="assets/editors.js">',
    ]);
  });

  it("gives each state a lazy preview, its three snippets and its files", () => {
    for (const name of ["start", "old-city"]) {
      expect(page).toContain(
        `<iframe src="embed/control.html?state=${name}&amp;theme=light" data-path="embed/control.html?state=${name}" title="Preview: Control chart, 6 December 2016" width="100%" height="820" loading="lazy" data-preview>`,
      );
      for (const kind of ["pym", "amp", "iframe"])
        expect(page).toContain(`<code id="code-control-${name}-${kind}" data-snippet=`);
      expect(page).toContain(
        `href="pictures/control-${name}-0123456789.png" data-path="pictures/control-${name}-0123456789.png" download`,
      );
      expect(page).toContain(
        `data-path="downloads/control-${name}-phone.svg" download>SVG for a phone</a>`,
      );
    }
    expect(page).toContain(
      'href="downloads/control-data.csv" data-path="downloads/control-data.csv" download',
    );
    expect(page).toContain('href="data/control.csv" data-path="data/control.csv" download');
  });

  it("names every Copy button for what it copies, each name its own", () => {
    const buttons = [...page.matchAll(/<button [^>]*data-copy="([^"]+)">(.*?)<\/button>/g)];
    // Per state: three snippets, the text alternative and the credit; per beat its code;
    // the whole story's code; two chapters'.
    expect(buttons).toHaveLength(14);
    for (const [, id] of buttons)
      expect(page).toMatch(
        new RegExp(`<code id="${id}" data-snippet=|<p class="fact-text" id="${id}">`),
      );
    const names = buttons.map(([, , text]) => text?.replace(/<[^>]+>/g, ""));
    expect(new Set(names).size).toBe(names.length);
  });

  it("labels each picture by its use, not its pixels, with no empty separators", () => {
    expect(page).toContain(">PNG for print, newsletters and Apple News</a>");
    expect(page).toContain(">SVG for a wide page</a>");
    expect(page).not.toMatch(/\d+ × \d+ px/);
    expect(page).not.toContain("· ·");
  });

  it("copies the text alternative and the credit, each with its own button", () => {
    expect(page).toContain(
      '<p class="fact-text" id="credit-control-start">Source: Wikipedia; data and story: The fall of east Aleppo</p>',
    );
    expect(page).toContain(
      'data-copy="alt-control-old-city">Copy<span class="visually-hidden"> the text alternative for',
    );
  });

  it("states the terms for republishing once, with the source's licence", () => {
    expect(page.match(/<section class="republishing"/g)).toHaveLength(1);
    expect(page).toContain(`<a href="${SOURCE_LICENCE}" rel="license">CC BY-SA 4.0</a>`);
    expect(page).toContain("text as of 27 December 2023");
  });

  it("lists each graphic's beats, folded away, each with its code, PNG and page to share", () => {
    expect(page).toContain('<details class="beats" id="beats-control">');
    expect(page).toContain('<code id="code-beat-old-city-falls" data-snippet=');
    expect(page).toContain(
      "data-pym-src=&quot;embed/control.html?beat=old-city-falls&amp;theme=light&quot;",
    );
    expect(page).toContain(
      'href="pictures/control-old-city-falls.png?v=0123456789" data-path="pictures/control-old-city-falls.png?v=0123456789" download',
    );
    expect(page).toContain(
      'href="moments/old-city-falls.html" data-path="moments/old-city-falls.html"',
    );
    expect(page).toContain(
      '<time datetime="2016-12-06">6 December</time> The Old City &lt;i&gt;fell&lt;/i&gt;…',
    );
  });

  it("writes its copy as text, never as markup", () => {
    expect(page).toContain("&lt;b&gt;not markup&lt;/b&gt;");
    expect(page).not.toContain("<b>not markup</b>");
  });

  it("says when its addresses are relative, and gives the plain iframe its fixed height", () => {
    expect(page).toContain("built without <code>STORY_PUBLIC_URL</code>");
    expect(page).toContain("height=&quot;770&quot; style=&quot;border:0&quot;");
    expect(page).toContain("700 px in a 640 px column");
  });

  it("writes every snippet, preview and download absolute under the public address", () => {
    const base = "https://news.example.org/aleppo/";
    const absolute = editorsPage(input(base));
    expect(absolute).toContain(`<html lang="en-GB" data-base="${base}">`);
    expect(absolute).toContain(`under <code>${base}</code>`);
    expect(absolute).toContain(`&lt;script src=&quot;${base}embed/pym.v1.min.js&quot;&gt;`);
    const addresses = [
      ...absolute.matchAll(/ (?:src|href)="([^"]+)"/g),
      ...absolute.matchAll(/ (?:src|data-pym-src)=&quot;(.+?)&quot;/g),
    ].map(([, a]) => a as string);
    const ours = addresses.filter(
      (a) =>
        !a.startsWith("assets/") &&
        !a.startsWith("icons/") &&
        !a.startsWith("#") &&
        a !== SOURCE_LICENCE,
    );
    expect(ours.length).toBeGreaterThan(10);
    // The story's own page is linked from where the page is; everything an editor takes away is absolute.
    for (const a of ours.filter((x) => x !== "index.html"))
      expect(a.startsWith(base), a).toBe(true);
  });

  it("carries each snippet's parts for its script to write it again with the editor's choices", () => {
    const spec = page.match(/<code id="code-control-start-iframe" data-snippet="([^"]+)">/)?.[1];
    expect(JSON.parse((spec ?? "").replaceAll("&quot;", '"'))).toEqual({
      kind: "iframe",
      path: "embed/control.html?state=start",
      title: "Share under government control",
      height: 770,
      columns: { "375": 770, "640": 700, "800": 690, "1000": 680 },
    });
    expect(page).toMatch(/<form class="snippet-choices" data-snippet-choices hidden/);
    for (const theme of ["light", "dark", "auto"])
      expect(page).toContain(`name="theme" value="${theme}"`);
    expect(page).toContain('name="background" value="transparent"');
  });

  it("says beside each AMP code that AMP needs https and a frame on another origin", () => {
    const notes = [...page.matchAll(/<p class="snippet-note">For AMP pages:(.*?)<\/p>/g)];
    expect(notes).toHaveLength(2);
    for (const [note] of notes) {
      expect(note).toContain("AMP needs https addresses");
      expect(note).toContain("<code>allow-same-origin</code>");
      expect(note).toMatch(/domain or subdomain of its own/);
    }
  });

  it("asks for the host's sticky header, and says beside the story's code what it does", () => {
    expect(page).toMatch(
      /<input id="choice-header-top" name="header-top" type="number" min="0" max="400" step="1"/,
    );
    expect(page).toContain("<code>story.html?top=60</code>");
    expect(page).toMatch(/keeps its date, progress bar, Previous and Next below the header/);
  });

  it("has each chapter's own code, following the host's scroll as the whole story does", () => {
    for (const id of ["the-cost", "a-divided-city"]) {
      expect(page).toContain(`<code id="code-chapter-${id}-pym"`);
      expect(page).toContain(
        `&lt;div data-pym-src=&quot;embed/chapter-${id}.html?theme=light&quot;`,
      );
    }
    expect(page).toContain(
      "data-pym-title=&quot;The cost: The fall of east Aleppo&quot; data-pym-trackscroll",
    );
  });

  it("has the whole story's code, following the host's scroll", () => {
    expect(page).toContain(
      "&lt;div data-pym-src=&quot;embed/story.html?theme=light&quot; data-pym-title=&quot;The fall of east Aleppo&quot; data-pym-trackscroll&gt;",
    );
  });
});
