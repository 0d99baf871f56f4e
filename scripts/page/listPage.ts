import { VIEW_TOGGLE } from "./viewToggle.ts";

const ROOT = /<html\b([^>]*)>/;

/** Replaces `from` by `to` where it occurs exactly once; anything else is a broken page. */
function replaceOnce(html: string, from: string | RegExp, to: string, what: string): string {
  const count =
    typeof from === "string"
      ? html.split(from).length - 1
      : (html.match(new RegExp(from, "g")) ?? []).length;
  if (count !== 1) throw new Error(`the story page has ${count} ${what}, expected one`);
  return html.replace(from, to);
}

/**
 * list.html, from the built story page: the same page with `class="list-view"` on its root
 * (the stylesheet lays every beat out with its own picture) and the toggle pointing back.
 */
export function listPage(storyHtml: string): string {
  const root = ROOT.exec(storyHtml);
  if (root?.[1]?.includes("class=")) throw new Error("the story page's <html> already has a class");
  const withClass = replaceOnce(
    storyHtml,
    ROOT,
    `<html${root?.[1] ?? ""} class="list-view">`,
    "<html> tags",
  );
  return replaceOnce(withClass, VIEW_TOGGLE.story, VIEW_TOGGLE.list, "view toggles");
}
