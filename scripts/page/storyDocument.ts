import { enPage } from "../../src/locale/page/en.ts";
import { html, raw } from "../prerender/html.ts";
import { pageParts } from "./pageParts.ts";
import { type PageLanguageTag, pageShell } from "./pageShell.ts";

/** Where index.html takes the prerendered story. */
export const STORY_MARKS = { body: "<!--story:body-->" } as const;

/** index.html's skip link, in English: an edition's page says it in its own words. */
const SKIP_LINK = `href="#data">${enPage.skipToData}</a>`;

/** index.html's body with the skip link's words in the page's language. */
function skipLinkIn(body: string, words: string | undefined): string {
  if (words === undefined) return body;
  if (body.split(SKIP_LINK).length !== 2) throw new Error(`index.html needs one <a ${SKIP_LINK}`);
  return body.replace(SKIP_LINK, () => html`href="#data">${words}</a>`.text);
}

/** What the build puts into the story page: its shell's words, its head's tags, its body. */
export interface StoryDocument {
  title: string;
  description: string;
  /** The story's own head (its styles, share tags, structured data, icons). */
  head: readonly string[];
  /** The prerendered story, for the mark. */
  body: string;
  /** The page's language, when it is not British English, and its skip link's words. */
  language?: PageLanguageTag;
  skipToData?: string;
}

/**
 * The story page, written whole by the pages' shell (pageShell.ts) round `index` (index.html
 * as Vite leaves it): the head's opening, the story's head, then what Vite put in
 * index.html's head (its scripts and stylesheets); index.html's body with the story at its
 * mark. Anything else in index.html (a root attribute the shell would drop) is an error.
 */
export function storyDocument(index: string, story: StoryDocument): string {
  const vite = pageParts(index, "index.html");
  if (vite.root) throw new Error(`index.html's <html> has${vite.root}: the build writes its root`);
  if (vite.body.split(STORY_MARKS.body).length !== 2)
    throw new Error(`index.html needs one ${STORY_MARKS.body} in its body`);
  const page = pageShell({
    title: story.title,
    description: story.description,
    colorScheme: true,
    language: story.language,
    head: [...story.head, vite.head].map(raw),
    // A function, so no `$` in the story is read as a replacement pattern.
    body: [
      raw(skipLinkIn(vite.body, story.skipToData).replace(STORY_MARKS.body, () => story.body)),
    ],
  });
  return `${page}\n`;
}
