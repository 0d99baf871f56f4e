import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkInlineScripts } from "../../../../scripts/page/inlineScripts.ts";
import { listPage } from "../../../../scripts/page/listPage.ts";
import { pageShell } from "../../../../scripts/page/pageShell.ts";
import { storyDocument } from "../../../../scripts/page/storyDocument.ts";
import { VIEW_TOGGLE } from "../../../../scripts/page/viewToggle.ts";
import { buildPage } from "../../../../scripts/prerender/buildPage.ts";
import { raw } from "../../../../scripts/prerender/html.ts";
import { renderCorrections } from "../../../../scripts/prerender/renderCorrections.ts";
import { jsonLdScript, newsArticle } from "../../../../scripts/share/structuredData.ts";
import { readDataDir } from "../../../../src/data/readDataDir.ts";
import { COPY as shippedCopy } from "../../content/shippedStory.ts";

/** A story page as the shell writes it. */
const story = `${pageShell({
  title: "A story",
  description: "Its standfirst.",
  head: [raw('<link rel="icon" href="icons/icon.svg">')],
  body: [raw(VIEW_TOGGLE.story), raw("<main></main>")],
})}\n`;

describe("listPage", () => {
  it("is the story page with the list class on its root", () => {
    const list = listPage(story);
    expect(list).toContain('<html lang="en-GB" class="list-view">');
    expect(
      list.replace(' class="list-view"', "").replace(VIEW_TOGGLE.list, VIEW_TOGGLE.story),
    ).toBe(story);
  });

  it("points its toggle back at the scrolling story", () => {
    const list = listPage(story);
    expect(list).toContain('href="./" data-view-toggle>Show as a scrolling story<');
    expect(list).not.toContain(VIEW_TOGGLE.story);
  });

  it("fails on a page without the toggle, or with two", () => {
    expect(() => listPage(story.replace(VIEW_TOGGLE.story, ""))).toThrow(/0 view toggles/);
    expect(() => listPage(story.replace(VIEW_TOGGLE.story, VIEW_TOGGLE.story.repeat(2)))).toThrow(
      /2 view toggles/,
    );
  });

  it("fails rather than give the root two class attributes", () => {
    expect(() => listPage(story.replace('lang="en-GB"', 'lang="en-GB" class="x"'))).toThrow(
      /already/,
    );
  });

  it("is written in the same shell as the story: its head as it is, once", () => {
    const list = listPage(story);
    expect(list.match(/<meta charset="utf-8">/g)).toHaveLength(1);
    expect(list.match(/<title>A story<\/title>/g)).toHaveLength(1);
    expect(
      list.startsWith('<!doctype html>\n<html lang="en-GB" class="list-view">\n<head>\n'),
    ).toBe(true);
  });
});

describe("listPage, on the story as the build writes it", () => {
  const ROOT = join(import.meta.dirname, "../../../..");
  const built = buildPage(
    readDataDir(join(ROOT, "data"), ROOT),
    readFileSync(join(ROOT, shippedCopy), "utf8"),
    shippedCopy,
  );
  const structured = jsonLdScript(newsArticle(built.story, { url: undefined, image: "x.png" }));
  const storyPage = storyDocument(readFileSync(join(ROOT, "index.html"), "utf8"), {
    title: built.story.headline,
    description: built.story.standfirst,
    head: [built.head, structured],
    body: built.body,
  });

  it("keeps the story's structured data and its corrections note, if it has one", () => {
    const list = listPage(storyPage);
    expect(list).toContain(structured);
    expect(() => checkInlineScripts(list, "list.html")).not.toThrow();
    const note = built.body.includes('id="corrections"');
    expect(note).toBe(built.story.corrections.length > 0);
    if (note) expect(list).toContain(renderCorrections(built.story));
  });
});
