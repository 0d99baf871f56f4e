import { LANGUAGE_SWITCH } from "../../src/pageContract.ts";
import { html, lines, type SafeHtml } from "../prerender/html.ts";
import { editionRoot, type PageEdition } from "../prerender/pageEditions.ts";
import { LIST_PAGE } from "./viewToggle.ts";

/** Which of an edition's two pages: the scrolling story or the list. */
export type StoryView = "story" | "list";

/**
 * A page's language switches made the list page's: each to the other edition's list
 * (every edition's story page is a folder's address, ending in "/").
 */
export function switchesToLists(body: string): string {
  const pattern = new RegExp(`(<a href="[^"]*/)("[^>]*\\b${LANGUAGE_SWITCH.name}\\b)`, "g");
  return body.replace(pattern, `$1${LIST_PAGE}$2`);
}

/**
 * A page's head alternates made the list page's: each edition's list instead of its story
 * (every story's address, relative or absolute, ends in "/"), so a search engine pairs the
 * two lists, not a list with a story.
 */
export function alternatesToLists(head: string): string {
  return head.replace(
    /(<link rel="alternate" hreflang="[^"]*" href="[^"]*\/)(">)/g,
    `$1${LIST_PAGE}$2`,
  );
}

/** An edition's page as another page (at `from`) links to it, or absolute from `base`. */
export function editionAddress(
  to: PageEdition,
  from: PageEdition,
  view: StoryView,
  base: string | undefined,
): string {
  const page = view === "list" ? LIST_PAGE : "";
  const path = `${to.folder}${page}`;
  if (base) return new URL(path, base).href;
  const address = to === from ? page : `${editionRoot(from)}${path}`;
  return address === "" ? "./" : address;
}

/**
 * The head's alternates: every edition of the page by its language, and English as the
 * default for any other (`x-default`). Each edition's page lists them all, itself too.
 */
export function languageAlternates(
  editions: readonly PageEdition[],
  from: PageEdition,
  base: string | undefined,
): SafeHtml {
  const first = editions[0];
  return lines([
    ...editions.map(
      (e) =>
        html`<link rel="alternate" hreflang="${e.language.words.hreflang}" href="${editionAddress(e, from, "story", base)}">`,
    ),
    first &&
      html`<link rel="alternate" hreflang="x-default" href="${editionAddress(first, from, "story", base)}">`,
  ]);
}

/**
 * The link to the other edition, in that edition's language and named in it ("العربية",
 * "English"); the story's script adds the active beat to its address as the reader moves
 * (src/story/languageSwitch.ts), so it lands on the same beat. Without script, the top.
 */
export function languageSwitch(
  to: PageEdition,
  from: PageEdition,
  view: StoryView,
  base: string | undefined,
): string {
  const { words } = to.language;
  return html`<p class="language-switch"><a href="${editionAddress(to, from, view, base)}" lang="${words.hreflang}" hreflang="${words.hreflang}" ${LANGUAGE_SWITCH.write()}>${words.languageName}</a></p>`
    .text;
}

/** The same page of another edition, from a page at `path` of `from` (paths in the editions' folders). */
export function pageAddress(
  to: PageEdition,
  from: PageEdition,
  path: string,
  base: string | undefined,
): string {
  const there = `${to.folder}${path}`;
  if (base) return new URL(there, base).href;
  return "../".repeat(`${from.folder}${path}`.split("/").length - 1) + there;
}

/**
 * The head's alternates of a page of the editors' kit (an embed, the editors' page, a
 * moment): the same page in every edition, and English as the default. None with one edition.
 */
export function pageAlternates(
  editions: readonly PageEdition[],
  from: PageEdition,
  path: string,
  base: string | undefined,
): SafeHtml | undefined {
  const first = editions[0];
  if (!first || editions.length < 2) return undefined;
  const link = (e: PageEdition, lang: string) =>
    html`<link rel="alternate" hreflang="${lang}" href="${pageAddress(e, from, path, base)}">`;
  return lines([
    ...editions.map((e) => link(e, e.language.words.hreflang)),
    link(first, "x-default"),
  ]);
}

/** The visible links to the same page (the editors' page, a moment) in the other editions. */
export function pageSwitches(
  editions: readonly PageEdition[],
  from: PageEdition,
  path: string,
  base: string | undefined,
): SafeHtml | undefined {
  const others = editions.filter((e) => e !== from);
  if (others.length === 0) return undefined;
  return lines(
    others.map((to) => {
      const { words } = to.language;
      return html`<p class="language-switch"><a href="${pageAddress(to, from, path, base)}" lang="${words.hreflang}" hreflang="${words.hreflang}">${words.languageName}</a></p>`;
    }),
  );
}
