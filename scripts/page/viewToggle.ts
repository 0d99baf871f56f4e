import { enPage } from "../../src/locale/page/en.ts";
import type { PageWords } from "../../src/locale/page/types.ts";
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

/** The control that switches between the two, as each page shows it, in the page's words. */
export const viewToggle = (words: Pick<PageWords, "toList" | "toStory">) =>
  ({
    story: toggle(LIST_PAGE, words.toList).text,
    list: toggle("./", words.toStory).text,
  }) as const;

/** The English pages' toggle. */
export const VIEW_TOGGLE = viewToggle(enPage);
