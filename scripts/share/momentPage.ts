import { enPage } from "../../src/locale/page/en.ts";
import type { PageWords } from "../../src/locale/page/types.ts";
import { BEAT, STORY } from "../../src/pageContract.ts";
import { moduleScript, pageShell } from "../page/pageShell.ts";
import { html, raw, type SafeHtml } from "../prerender/html.ts";
import { iconLinks, shareTags } from "./shareTags.ts";

export interface Moment {
  beatId: string;
  /** The story's headline. */
  headline: string;
  /** The beat's hed: what the moment is, in a few words. */
  hed: string;
  /** "19 November 2016". */
  when: string;
  /** Who publishes the story, as previews name the site. */
  siteName: string;
  text: string;
  /** What the card's picture shows, for its alt text. */
  description: string;
  /** The card as crawlers must address it (absolute when the public address is known)… */
  image: string;
  /** …and as the page itself shows it, relative. */
  localImage: string;
  /** The page's own public address and the story's, as this page must write them… */
  url: string | undefined;
  story: string;
  /** …the story relative to the page, for the script to resolve against the page's own
   * address (it keeps readers on the origin that served the page)… */
  localStory: string;
  /** …and the built script that sends readers on, relative to the page. */
  script: string;
  /** The way from the page to the icons' folder's parent (dist/'s root): "../". */
  icons?: string;
  /** The same moment in every edition, for the head, and the visible links to the others. */
  alternates?: SafeHtml | undefined;
  switches?: SafeHtml | undefined;
}

/** The moment's name, a heading of its own: its date and its hed. */
export const momentName = (m: Pick<Moment, "when" | "hed">, words: PageWords = enPage) =>
  words.kit.momentName(m.when, m.hed);

/** The page's title, for a preview: the moment's name, then the story's. */
export const momentTitle = (m: Pick<Moment, "when" | "hed" | "headline">, words = enPage) =>
  words.kit.momentTitle(momentName(m, words), m.headline);

/** The page's preview text: the beat's copy, cut at a word if it runs past what cards show. */
export function previewText(text: string, max = 200): string {
  if (text.length <= max) return text;
  // The last whole word that leaves room for the ellipsis.
  const room = text.slice(0, max);
  return `${room.slice(0, room.lastIndexOf(" ")).replace(/[,;:.]$/, "")}…`;
}

const STYLE =
  "body{margin:0 auto;max-width:40rem;padding:1.5rem;font:1.125rem/1.5 Georgia,serif;color:#1d1d1b;background:#fbfaf7}img{max-width:100%;height:auto}a{color:inherit}";

/**
 * A share card page for one beat: the tags a link preview reads, and a way on to the story
 * at that beat: a visible link, and for browsers a script of the build's own (no inline
 * script: the page runs under the story's strict content policy). No meta refresh: some
 * crawlers (Facebook's) follow one and would take the story's tags for the moment's.
 */
export function momentPage(m: Moment, words: PageWords = enPage): string {
  const target = `${m.story}#${m.beatId}`;
  const title = momentTitle(m, words);
  return pageShell({
    ...(words === enPage ? {} : { language: { lang: words.lang, dir: words.dir } }),
    root: html` ${BEAT.write(m.beatId)} ${STORY.write(m.localStory)}`,
    title,
    description: previewText(m.text),
    head: [
      shareTags({
        title,
        description: previewText(m.text),
        image: m.image,
        imageAlt: m.description,
        url: m.url ?? `${m.beatId}.html`,
        siteName: m.siteName,
      }),
      moduleScript(m.script),
      iconLinks(m.icons ?? "../"),
      m.alternates,
      html`<style>${raw(STYLE)}</style>`,
    ],
    body: [
      html`<main>`,
      m.switches,
      html`<p>${m.headline}</p>`,
      html`<h1>${momentName(m, words)}</h1>`,
      html`<p>${m.text}</p>`,
      html`<p><img src="${m.localImage}" width="1200" height="630" alt="${m.description}"></p>`,
      html`<p><a href="${target}">${words.kit.readInStory}</a></p>`,
      html`</main>`,
    ],
  }).text;
}
