import { describe, expect, it } from "vitest";
import { listPage } from "../../../../scripts/page/listPage.ts";
import { VIEW_TOGGLE } from "../../../../scripts/page/viewToggle.ts";

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
