import { raw } from "../prerender/html.ts";
import { pageParts } from "./pageParts.ts";
import { pageDocument } from "./pageShell.ts";
import { VIEW_TOGGLE } from "./viewToggle.ts";

/** Replaces `from` by `to` where it occurs exactly once; anything else is a broken page. */
function replaceOnce(html: string, from: string, to: string, what: string): string {
  const count = html.split(from).length - 1;
  if (count !== 1) throw new Error(`the story page has ${count} ${what}, expected one`);
  return html.replace(from, to);
}

/**
 * list.html, from the built story page, in the same shell: its head as it is, `class=
 * "list-view"` on its root (the stylesheet lays every beat out with its own picture) and the
 * toggle pointing back.
 */
export function listPage(storyHtml: string): string {
  const story = pageParts(storyHtml, "the story page");
  if (story.root.includes("class=")) throw new Error("the story page's <html> already has a class");
  const body = replaceOnce(story.body, VIEW_TOGGLE.story, VIEW_TOGGLE.list, "view toggles");
  return `${
    pageDocument({
      root: raw(`${story.root} class="list-view"`),
      head: [raw(story.head)],
      body: [raw(body)],
    }).text
  }\n`;
}
