import { STORY_EMBED } from "../../src/pageContract.ts";
import { tokenVariables } from "../../src/styles/tokens.ts";
import {
  iconLink,
  moduleScript,
  type PageLanguageTag,
  pageShell,
  stylesheets,
} from "../page/pageShell.ts";
import { type HtmlValue, html, raw } from "../prerender/html.ts";
import { themeCss } from "./themeScript.ts";

/** The whole story, made to embed, inside dist/. */
export const STORY_EMBED_PATH = "embed/story.html";

/** A chapter of the story (one section, `sectionId`), made to embed, inside dist/. */
export const chapterEmbedPath = (id: string) => `embed/chapter-${id}.html`;

/** What the build hands the story's embed page. */
export interface StoryEmbedInput {
  headline: string;
  standfirst: string;
  /** The section's title, when the page is a chapter of the story. */
  chapter?: string | undefined;
  /** The prerendered story as a framed page shows it (trusted markup: the build wrote it). */
  body: string;
  /** Its code (the theme script, run first, and the module), styles and icon, as addresses
   * from this page. */
  assets: { script: string; themeScript: string; icon: string; styles: readonly string[] };
  /** The edition's language, where it is not English, and its pages in every edition. */
  language?: PageLanguageTag | undefined;
  alternates?: HtmlValue;
}

/**
 * `embed/story.html`: the whole story for a host's frame (and `embed/chapter-<id>.html`,
 * one section of it, the same way). It opens as the list view
 * (`class="list-view"`, as list.html: every beat with its picture), which reads in full
 * without script and without any scroll of its own; its script turns it into the scrolling story once the host reports the
 * reader's scroll (src/embed/storyEmbed.ts). The host may force its theme and a transparent
 * background, as for a graphic's embed.
 */
export function storyEmbedPage(input: StoryEmbedInput): string {
  const { assets } = input;
  const page = pageShell({
    ...(input.language ? { language: input.language } : {}),
    root: html` class="list-view"`,
    title: input.chapter ? `${input.chapter}: ${input.headline}` : input.headline,
    description: input.standfirst,
    colorScheme: true,
    head: [
      input.alternates,
      iconLink(assets.icon),
      html`<style>${raw(storyThemeCss())}</style>`,
      html`<script src="${assets.themeScript}"></script>`,
      ...stylesheets(assets.styles),
      moduleScript(assets.script),
    ],
    // The story's body is the build's own markup (renderStory and the rest).
    body: [html`<div class="story-embed" ${STORY_EMBED.write()}>`, raw(input.body), html`</div>`],
  });
  return `${page}\n`;
}

/** The story's tokens, with the host's choice of theme and background. */
function storyThemeCss(): string {
  const { light, dark, fonts } = tokenVariables();
  return themeCss([...light, ...fonts], dark);
}
