import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkInlineScripts } from "../../../../scripts/page/inlineScripts.ts";
import { listPage } from "../../../../scripts/page/listPage.ts";
import { VIEW_TOGGLE } from "../../../../scripts/page/viewToggle.ts";
import { buildPage } from "../../../../scripts/prerender/buildPage.ts";
import { renderCorrections } from "../../../../scripts/prerender/renderCorrections.ts";
import { jsonLdScript, newsArticle } from "../../../../scripts/share/structuredData.ts";
import { readDataDir } from "../../../../src/data/readDataDir.ts";
import { COPY as shippedCopy } from "../../content/shippedStory.ts";

const story = `<!doctype html>\n<html lang="en-GB">\n<head></head><body>${VIEW_TOGGLE.story}<main></main></body></html>`;

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
    expect(() => listPage(story.replace("<html lang", '<html class="x" lang'))).toThrow(/already/);
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
  const storyPage = readFileSync(join(ROOT, "index.html"), "utf8")
    .replace("<!--story:head-->", `${built.head}\n${structured}`)
    .replace("<!--story:body-->", built.body);

  it("keeps the story's structured data and its corrections note, if it has one", () => {
    const list = listPage(storyPage);
    expect(list).toContain(structured);
    expect(() => checkInlineScripts(list, "list.html")).not.toThrow();
    const note = built.body.includes('id="corrections"');
    expect(note).toBe(built.story.corrections.length > 0);
    if (note) expect(list).toContain(renderCorrections(built.story));
  });
});
