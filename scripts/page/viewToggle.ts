import { VIEW_TOGGLE as VIEW_TOGGLE_ATTRIBUTE } from "../../src/pageContract.ts";
import { html } from "../prerender/html.ts";

/**
 * The story comes in two files: index.html, the scrolling story, and list.html, every beat
 * with its own picture. The list is a page of its own, not a class set by script from
 * `?view=list`, so each is laid out right from its first frame with no script in `<head>`
 * (a blocking script there held the first paint; `npm run bench` measured it).
 */
export const LIST_PAGE = "list.html";

const toggle = (href: string, words: string) =>
  html`<p class="story-controls"><a class="button" href="${href}" ${VIEW_TOGGLE_ATTRIBUTE.write()}>${words}</a></p>`;

/** The control that switches between the two, as each page shows it. */
export const VIEW_TOGGLE = {
  story: toggle(LIST_PAGE, "Show as a list").text,
  list: toggle("./", "Show as a scrolling story").text,
} as const;
