import type { Plugin } from "vite";
import { type Chapter, storyChapters } from "../../src/content/chapters.ts";
import { type EntryAssets, entryAssets } from "../build/entries.ts";
import { fileMapPlugin } from "../build/fileMapPlugin.ts";
import {
  type KitInput,
  kitInputs,
  type StoryInput,
  type StorySource,
} from "../build/storySource.ts";
import { pageAlternates } from "../page/languageLinks.ts";
import { editionRoot } from "../prerender/pageEditions.ts";
import { dataTables } from "../prerender/renderTables.ts";
import { addressFrom } from "../share/publicUrl.ts";
import { iconPath } from "../share/shareTags.ts";
import { embedFiles } from "./embedKit.ts";
import { EXPLORE_EMBED_PATH, exploreEmbedHtml } from "./exploreEmbedPage.ts";
import { chapterEmbedPath, STORY_EMBED_PATH, storyEmbedPage } from "./storyEmbedPage.ts";
import { themeScript } from "./themeScript.ts";

/**
 * The whole story's embed page, or a chapter's (one section, the same way), given its
 * code's paths inside dist/. Both are in embed/, so their addresses are the same. An
 * edition's are in its folder (ar/embed/), its addresses from there.
 */
export function storyEmbedHtml(
  { page, base, edition, editions }: KitInput,
  code: EntryAssets,
  chapter?: Chapter,
): string {
  const root = editionRoot(edition);
  const fromEmbed = (path: string) => addressFrom(STORY_EMBED_PATH, `${root}${path}`, undefined);
  const path = chapter ? chapterEmbedPath(chapter.id) : STORY_EMBED_PATH;
  const { words } = edition.language;
  return storyEmbedPage({
    headline: page.story.headline,
    standfirst: page.story.standfirst,
    chapter: chapter && edition.language.sectionTitle(chapter.title),
    body: page.bodyAt(
      {
        ...page.place,
        root: fromEmbed(""),
        framed: { story: addressFrom(STORY_EMBED_PATH, "index.html", base) },
      },
      chapter?.title,
    ),
    assets: {
      script: fromEmbed(code.script),
      themeScript: fromEmbed(themeScript().path),
      icon: fromEmbed(iconPath("svg")),
      styles: code.styles.map(fromEmbed),
    },
    language: root === "" ? undefined : { lang: words.lang, dir: words.dir },
    alternates: pageAlternates(editions, edition, path, base && new URL(root, base).href),
  });
}

/**
 * Every embed page and the files they need: a graphic's (`embed/<graphic>.html`, with the
 * theme script and pym.js), the whole story's (`embed/story.html`) and each of its
 * chapters' (`embed/chapter-<section id>.html`); an edition's inside its folder (ar/embed/).
 */
export function embedPages(
  input: StoryInput,
  code: { graphic: EntryAssets; story: EntryAssets; explore?: EntryAssets },
): Map<string, string> {
  const all = new Map<string, string>();
  for (const kit of kitInputs(input)) {
    const { page, base, edition, editions } = kit;
    const files = embedFiles(
      page.story,
      page.graphics,
      dataTables(page.records, edition.language.words),
      base,
      code.graphic,
      { edition, editions },
    );
    files.set(STORY_EMBED_PATH, storyEmbedHtml(kit, code.story));
    for (const chapter of storyChapters(page.story.beats))
      files.set(chapterEmbedPath(chapter.id), storyEmbedHtml(kit, code.story, chapter));
    // The explore section's embed (#22).
    if (code.explore)
      files.set(EXPLORE_EMBED_PATH, exploreEmbedHtml(page, edition.folder, code.explore));
    for (const [path, text] of files) all.set(`${edition.folder}${path}`, text);
  }
  return all;
}

/** The embeds' pages, in a build from its chunks, on the dev server from their modules. */
export function embedsPlugin(source: StorySource): Plugin {
  return fileMapPlugin(
    "story-embeds",
    source,
    (bundle) =>
      embedPages(source.load(), {
        graphic: entryAssets(source.config, bundle, "embed"),
        story: entryAssets(source.config, bundle, "story-embed"),
        explore: entryAssets(source.config, bundle, "explore-embed"),
      }),
    (path) => /^(?:[a-z]{2}\/)?embed\//.test(path) || path.startsWith("assets/embed-theme-"),
  );
}
