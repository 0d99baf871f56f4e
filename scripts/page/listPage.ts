import { pageWordsFor } from "../../src/locale/page/index.ts";
import { raw } from "../prerender/html.ts";
import { alternatesToLists, switchesToLists } from "./languageLinks.ts";
import { pageParts } from "./pageParts.ts";
import { PAGE_LANGUAGE, pageDocument } from "./pageShell.ts";
import { viewToggle } from "./viewToggle.ts";

/** Replaces `from` by `to` where it occurs exactly once; anything else is a broken page. */
function replaceOnce(html: string, from: string, to: string, what: string): string {
  const count = html.split(from).length - 1;
  if (count !== 1) throw new Error(`the story page has ${count} ${what}, expected one`);
  return html.replace(from, to);
}

/**
 * list.html, from the built story page, in the same shell: its head as it is, `class=
 * "list-view"` on its root (the stylesheet lays every beat out with its own picture), the
 * toggle pointing back, and the language switch and the head's alternates to each edition's
 * list. An edition's
 * list (ar/list.html) is made from its own story page the same way, in its words.
 */
export function listPage(storyHtml: string): string {
  const story = pageParts(storyHtml, "the story page");
  if (story.root.includes("class=")) throw new Error("the story page's <html> already has a class");
  const toggle = viewToggle(pageWordsFor(story.language?.lang ?? PAGE_LANGUAGE));
  const body = switchesToLists(replaceOnce(story.body, toggle.story, toggle.list, "view toggles"));
  return `${
    pageDocument({
      language: story.language,
      root: raw(`${story.root} class="list-view"`),
      head: [raw(alternatesToLists(story.head))],
      body: [raw(body)],
    }).text
  }\n`;
}
